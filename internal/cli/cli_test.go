package cli

import (
	"errors"
	"flag"
	"io"
	"slices"
	"strings"
	"testing"
)

func testFlags() *flag.FlagSet {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Bool("json", false, "")
	fs.Int("n", 0, "")
	fs.String("published", "", "")
	return fs
}

func TestFlagsFirst(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"flags first already", []string{"-json", "korea"}, []string{"-json", "--", "korea"}},
		{"a flag after the topic", []string{"korea", "-n", "2"}, []string{"-n", "2", "--", "korea"}},
		{"a boolean takes no value", []string{"korea", "-json", "japan"}, []string{"-json", "--", "korea", "japan"}},
		{"name=value", []string{"x", "--n=3", "y"}, []string{"--n=3", "--", "x", "y"}},
		{"a date after a folder", []string{"dir", "-published", "2024-01-15"}, []string{"-published", "2024-01-15", "--", "dir"}},
		{"- is stdin", []string{"-", "-published", "2024-01-15"}, []string{"-published", "2024-01-15", "--", "-"}},
		{"-- ends the flags", []string{"-n", "2", "--", "-json", "x"}, []string{"-n", "2", "--", "-json", "x"}},
		{"-- after a positional", []string{"a", "--", "-n"}, []string{"--", "a", "-n"}},
		{"an unknown flag stays a flag", []string{"korea", "-x"}, []string{"-x", "--", "korea"}},
		{"a value flag at the end", []string{"korea", "-n"}, []string{"-n", "--", "korea"}},
		{"nothing", nil, []string{"--"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FlagsFirst(testFlags(), tt.args); !slices.Equal(got, tt.want) {
				t.Errorf("FlagsFirst(%q) = %q, want %q", tt.args, got, tt.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	fs := testFlags()
	if err := Parse(fs, []string{"korea", "-n", "2", "-json"}); err != nil {
		t.Fatal(err)
	}
	if got := fs.Args(); !slices.Equal(got, []string{"korea"}) || fs.Lookup("n").Value.String() != "2" || fs.Lookup("json").Value.String() != "true" {
		t.Errorf("args %q, n=%s, json=%s", got, fs.Lookup("n").Value, fs.Lookup("json").Value)
	}
	if err := Parse(testFlags(), []string{"korea", "-bogus"}); !errors.Is(err, ErrUsage) {
		t.Errorf("unknown flag: err = %v, want ErrUsage", err)
	}
	if err := Parse(testFlags(), []string{"korea", "-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("-h: err = %v, want flag.ErrHelp", err)
	}
}

func TestHelpAndMistakes(t *testing.T) {
	v := Verb{Name: "brief", Args: "[-n 5] TOPIC", About: "the brief the chat would give"}
	var out, errs strings.Builder
	fs := NewFlagSet("briefbot", v, &out, &errs)
	fs.Int("n", 0, "number of stories")
	if err := Parse(fs, []string{"-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "Usage: briefbot brief [-n 5] TOPIC\n\nThe brief the chat would give.\n") ||
		!strings.Contains(out.String(), "number of stories") || errs.Len() != 0 {
		t.Errorf("-h wrote\nstdout %q\nstderr %q", out.String(), errs.String())
	}
	out.Reset()
	fs = NewFlagSet("briefbot", v, &out, &errs)
	if err := Parse(fs, []string{"korea", "-x"}); !errors.Is(err, ErrUsage) {
		t.Fatal(err)
	}
	want := "flag provided but not defined: -x\nusage: briefbot brief [-n 5] TOPIC (briefbot brief -h for more)\n"
	if errs.String() != want || out.Len() != 0 {
		t.Errorf("a mistake wrote\nstdout %q\nstderr %q, want %q", out.String(), errs.String(), want)
	}
}

func testProgram() Program {
	return Program{Name: "briefbot", Default: "run", Intro: "briefbot: news.\n", Outro: "The end.\n", Verbs: []Verb{
		{Name: "run", About: "serve"}, {Name: "brief", Args: "TOPIC", About: "a brief"}, {Name: "subscriptions", About: "digests"},
	}}
}

func TestPick(t *testing.T) {
	tests := []struct {
		name      string
		args      []string
		verb      string
		rest      []string
		code      int
		ok        bool
		out, errs string
	}{
		{"no arguments: the default", nil, "run", nil, 0, true, "", ""},
		{"a flag first: the default", []string{"-console"}, "run", []string{"-console"}, 0, true, "", ""},
		{"a verb", []string{"brief", "korea", "-n", "2"}, "brief", []string{"korea", "-n", "2"}, 0, true, "", ""},
		{"help", []string{"help"}, "", nil, 0, false, "briefbot: news.\n  run            serve\n  brief          a brief\n  subscriptions  digests\nThe end.\n", ""},
		{"--help", []string{"--help"}, "", nil, 0, false, "briefbot: news.\n", ""},
		{"-h", []string{"-h"}, "", nil, 0, false, "briefbot: news.\n", ""},
		{"help help", []string{"help", "help"}, "", nil, 0, false, "briefbot: news.\n", ""},
		{"help VERB", []string{"help", "brief"}, "brief", []string{"-h"}, 0, true, "", ""},
		{"a typo", []string{"breif", "korea"}, "", nil, 2, false, "", `briefbot: unknown command "breif" (did you mean "brief"?); briefbot help lists them` + "\n"},
		{"a prefix", []string{"sub"}, "", nil, 2, false, "", `(did you mean "subscriptions"?)`},
		{"nothing close", []string{"frobnicate"}, "", nil, 2, false, "", `briefbot: unknown command "frobnicate"; briefbot help lists them` + "\n"},
		{"help for an unknown verb", []string{"help", "nope"}, "", nil, 2, false, "", `unknown command "nope"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errs strings.Builder
			verb, rest, code, ok := testProgram().Pick(tt.args, &out, &errs)
			if verb != tt.verb || !slices.Equal(rest, tt.rest) || code != tt.code || ok != tt.ok {
				t.Errorf("Pick(%q) = %q, %q, %d, %v; want %q, %q, %d, %v", tt.args, verb, rest, code, ok, tt.verb, tt.rest, tt.code, tt.ok)
			}
			if !strings.HasPrefix(out.String(), tt.out) || !strings.Contains(errs.String(), tt.errs) || (tt.out == "" && out.Len() > 0) || (tt.errs == "" && errs.Len() > 0) {
				t.Errorf("stdout %q, stderr %q; want %q, %q", out.String(), errs.String(), tt.out, tt.errs)
			}
		})
	}
}
