package bot

import (
	"strings"
	"testing"
)

func TestActionDataKeepsItsWireFormat(t *testing.T) {
	k := NewActionKey("123:abc")
	got, ok := k.Data(Action{Command: "/more 2 korea", Replace: true}, 64)
	if want := "r_mR-u3nD/more 2 korea"; !ok || got != want {
		t.Errorf("data %q, %v; want %q: buttons already sent must still work", got, ok, want)
	}
}

func TestActionDataReadsBackOnlyItsOwn(t *testing.T) {
	k := NewActionKey("123:abc")
	a := Action{Command: "/sources 1 côte d'ivoire"}
	data, ok := k.Data(a, 100)
	if !ok {
		t.Fatalf("no data for %q", a.Command)
	}
	if got, ok := k.Read(data, 100); !ok || got != a {
		t.Errorf("read back %+v, %v; want %+v", got, ok, a)
	}
	theirs, _ := NewActionKey("456:def").Data(a, 100)
	for name, d := range map[string]string{
		"another bot's":  theirs,
		"the flag moved": "r" + data[1:],
		"over the limit": data + strings.Repeat("x", 100),
		"two lines":      data + "\n/unsubscribe all",
		"empty":          "",
	} {
		if got, ok := k.Read(d, 100); ok {
			t.Errorf("%s: read as %+v", name, got)
		}
	}
	if _, ok := k.Data(Action{Command: "/brief " + strings.Repeat("x", 100)}, 100); ok {
		t.Error("data over the limit")
	}
	if _, ok := k.Data(Action{Command: "brief korea"}, 100); ok {
		t.Error("data for a command without its slash")
	}
}
