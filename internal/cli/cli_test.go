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

func TestListAndDidYouMean(t *testing.T) {
	verbs := []Verb{{Name: "run", About: "serve"}, {Name: "brief", About: "a brief"}, {Name: "subscriptions", About: "digests"}}
	var out strings.Builder
	List(&out, verbs)
	if want := "  run            serve\n  brief          a brief\n  subscriptions  digests\n"; out.String() != want {
		t.Errorf("List wrote %q, want %q", out.String(), want)
	}
	for name, want := range map[string]string{"breif": ` (did you mean "brief"?)`, "Brief": ` (did you mean "brief"?)`, "subs": ` (did you mean "subscriptions"?)`, "frobnicate": ""} {
		if got := DidYouMean(name, verbs); got != want {
			t.Errorf("DidYouMean(%q) = %q, want %q", name, got, want)
		}
	}
}
