package opml

import (
	"context"
	"strings"
	"testing"
	"time"

	"briefbot/feeds"
	"briefbot/storage/teststore"
)

const doc = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="World"><outline type="rss" text="Harbour Wire" xmlUrl="https://wire.example/rss.xml" language="en"/></outline>
<outline type="rss" text="Le Journal" xmlUrl="https://journal.example/feed" language="fr"/>
<outline type="rss" text="Broken" xmlUrl="ftp://old.example/feed"/>
</body></opml>`

func TestImportThenExport(t *testing.T) {
	ctx := context.Background()
	store := teststore.Open(t)
	admin := &feeds.Admin{Store: store, Now: func() time.Time { return time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC) }}
	got, err := Import(ctx, admin, []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if got.Added != 2 || got.Known != 0 || len(got.Refused) != 0 {
		t.Errorf("first import: %+v; want the 2 web feeds added", got)
	}
	if again, err := Import(ctx, admin, []byte(doc)); err != nil || again.Added != 0 || again.Known != 2 {
		t.Errorf("second import: %+v, %v; want the 2 feeds known", again, err)
	}
	var out strings.Builder
	if err := Export(ctx, store, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`xmlUrl="https://wire.example/rss.xml"`, `text="Harbour Wire"`, `xmlUrl="https://journal.example/feed"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("export lacks %s:\n%s", want, out.String())
		}
	}
	if back, err := Import(ctx, admin, []byte(out.String())); err != nil || back.Known != 2 {
		t.Errorf("the export does not import back: %+v, %v", back, err)
	}
}

func TestImportRefusesWhatIsNotOPML(t *testing.T) {
	admin := &feeds.Admin{Store: teststore.Open(t), Now: time.Now}
	if _, err := Import(context.Background(), admin, []byte("<html>no</html>")); err == nil {
		t.Error("an HTML page was imported as OPML")
	}
}
