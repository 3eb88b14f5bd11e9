package files

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefbot"
)

func TestFiles(t *testing.T) {
	folder := filepath.Join("testdata", "folder")
	got, failed := Files([]string{folder, "-", filepath.Join(folder, ".hidden.txt"), filepath.Join("testdata", "nope")})
	want := []string{
		filepath.Join(folder, "01-harbour.txt"),
		filepath.Join(folder, "02-briefs.json"),
		filepath.Join(folder, "broken.json"),
		filepath.Join(folder, "sub", "03-page.html"),
		"-",
		filepath.Join(folder, ".hidden.txt"), // named, so read though hidden
	}
	if !slices.Equal(got, want) {
		t.Errorf("Files:\n got %q\nwant %q", got, want)
	}
	if len(failed) != 1 || failed[0].Path != filepath.Join("testdata", "nope") {
		t.Fatalf("failed = %v, want testdata/nope", failed)
	}
	checkInvalid(t, failed[0].Err, "testdata/nope: no such file or folder")
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	big := filepath.Join(dir, "big.txt")
	mustWrite(t, small, "Short.")
	mustWrite(t, big, strings.Repeat("x", 2048))
	tests := []struct {
		name, path, stdin, want, wantErr string
	}{
		{name: "file", path: small, want: "Short."},
		{name: "stdin", path: "-", stdin: "From a pipe.", want: "From a pipe."},
		{name: "file too large", path: big, wantErr: "big.txt: larger than 1024 bytes, not read"},
		{name: "stdin too large", path: "-", stdin: strings.Repeat("y", 1025), wantErr: "stdin: larger than 1024 bytes, not read"},
		{name: "folder", path: dir, wantErr: "is a folder"},
		{name: "missing", path: filepath.Join(dir, "gone.txt"), wantErr: "gone.txt: no such file or folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadFile(tt.path, strings.NewReader(tt.stdin), 1024)
			checkInvalid(t, err, tt.wantErr)
			if string(got) != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := ReadFile("-", nil, 1024); briefbot.ErrorCode(err) != briefbot.EInvalid {
		t.Errorf("no stdin: got %v, want an EInvalid error", err)
	}
}

func TestSizeText(t *testing.T) {
	if got := sizeText(MaxFileSize); got != "20 MB" {
		t.Errorf("sizeText(MaxFileSize) = %q, want 20 MB", got)
	}
}

func mustWrite(tb testing.TB, path, data string) {
	tb.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		tb.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		tb.Fatal(err)
	}
}

func TestReadOneGivesTheFirstArticle(t *testing.T) {
	art, err := ReadOne(filepath.Join("testdata", "folder", "02-briefs.json"), nil, Options{})
	if err != nil || art.Title != "Kelby school gets new roof" {
		t.Fatalf("ReadOne = %q, %v; want the file's first article", art.Title, err)
	}
	art, err = ReadOne(Stdin, strings.NewReader("Le port de Kelby rouvre mardi après deux semaines de travaux."), Options{Lang: "fr"})
	if err != nil || art.Lang != "fr" || !strings.HasPrefix(art.Text, "Le port de Kelby") {
		t.Fatalf("ReadOne(stdin) = %+v, %v", art, err)
	}
	if _, err := ReadOne(Stdin, strings.NewReader("[]"), Options{}); err == nil {
		t.Error("a file with no article was read")
	} else {
		checkInvalid(t, err, "stdin: no articles found")
	}
	_, err = ReadOne(filepath.Join("testdata", "nope"), nil, Options{})
	checkInvalid(t, err, "testdata/nope: no such file or folder")
}

func TestFolderPaperworkIsNoArticle(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"README.md", "LICENSE.GPL-3.0.txt", "licence.txt", "CHANGELOG", "README.upstream.txt", "story.txt", "readmore.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Text of "+name+"."), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	got, failed := Files([]string{dir, filepath.Join(dir, "README.md")})
	want := []string{filepath.Join(dir, "readmore.txt"), filepath.Join(dir, "story.txt"), filepath.Join(dir, "README.md")}
	if len(failed) != 0 || !slices.Equal(got, want) {
		t.Errorf("Files = %q (%v), want the articles, and the README only where it is named", got, failed)
	}
}

// TestReadSized checks that a file is read whole whatever size it was
// said to have (a file may grow or shrink after its size is read), and
// refused past the limit.
func TestReadSized(t *testing.T) {
	text := strings.Repeat("0123456789", 100)
	for _, size := range []int64{0, 1, 999, 1000, 1001, 5000} {
		got, err := readSized("f", strings.NewReader(text), 1000, size)
		if err != nil || string(got) != text {
			t.Errorf("size %d: read %d bytes, %v; want %d", size, len(got), err, len(text))
		}
		if _, err := readSized("f", strings.NewReader(text+"!"), 1000, size); briefbot.ErrorCode(err) != briefbot.EInvalid {
			t.Errorf("size %d: 1001 bytes of a limit of 1000 read, err %v", size, err)
		}
	}
}
