package files

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"briefbot"
)

// MaxFileSize is the largest file briefbot reads by default; a larger one
// is reported, not read.
const MaxFileSize = 20 << 20

// Stdin is the path that names standard input.
const Stdin = "-"

// Unreadable is a path that does not exist or cannot be listed, and why.
// Err's message names it, and is fit for a user.
type Unreadable struct {
	Path string
	Err  error
}

// Files expands paths into the files to read: a folder stands for every
// file under it, in sorted order, without hidden files and folders, the
// collection's paperwork (README, LICENSE…) and files whose extension
// names a format briefbot does not read.
// Stdin stays as it is. Paths that do not exist or cannot be listed are
// returned as unreadable; the others are still listed.
func Files(paths []string) ([]string, []Unreadable) {
	var files []string
	var failed []Unreadable
	for _, p := range paths {
		if p == Stdin {
			files = append(files, p)
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			failed = append(failed, Unreadable{Path: p, Err: readError(p, err)})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		found, errs := walkDir(p)
		files = append(files, found...)
		failed = append(failed, errs...)
	}
	return files, failed
}

// walkDir lists the readable files under root in lexical order.
func walkDir(root string) ([]string, []Unreadable) {
	var files []string
	var failed []Unreadable
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			failed = append(failed, Unreadable{Path: path, Err: readError(path, err)})
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.IsDir() && isArticleFile(path, d) {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		failed = append(failed, Unreadable{Path: root, Err: readError(root, err)})
	}
	return files, failed
}

// paperwork are the names of the files that come with a collection of
// articles and are none: its README, its licence, its changes.
var paperwork = []string{"readme", "license", "licence", "copying", "changelog", "changes", "notice", "authors"}

// isPaperwork reports whether a file found in a folder is a collection's
// paperwork ("README.md", "LICENSE.GPL-3.0.txt"), by its name before the
// first dot, in any case. Named on the command line, it is read all the
// same.
func isPaperwork(name string) bool {
	stem, _, _ := strings.Cut(strings.ToLower(name), ".")
	stem = strings.TrimRight(stem, "-_0123456789")
	for _, p := range paperwork {
		if stem == p {
			return true
		}
	}
	return false
}

// isArticleFile tells whether a file found in a folder is one to read: a
// regular file, or a link to one, with a known extension or none, that is
// no paperwork of the collection.
func isArticleFile(path string, d fs.DirEntry) bool {
	if isPaperwork(d.Name()) {
		return false
	}
	ext := strings.ToLower(filepath.Ext(d.Name()))
	if _, known := extensions[ext]; ext != "" && !known {
		return false
	}
	if d.Type().IsRegular() {
		return true
	}
	info, err := os.Stat(path)
	return err == nil && info.Mode().IsRegular()
}

// ReadFile reads one file whole, or standard input from stdin for Stdin. A
// file larger than limit bytes is refused with an EInvalid error.
func ReadFile(path string, stdin io.Reader, limit int64) ([]byte, error) {
	if path == Stdin {
		if stdin == nil {
			return nil, invalid(DisplayName(path), "no standard input")
		}
		return readLimited(DisplayName(path), stdin, limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, readError(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, readError(path, err)
	}
	if info.IsDir() {
		return nil, invalid(path, "is a folder")
	}
	if info.Size() > limit {
		return nil, tooLarge(path, limit)
	}
	return readSized(path, f, limit, info.Size())
}

// ReadOne reads the first article of the file at path, or of stdin for
// Stdin, up to MaxFileSize: the one article a command such as summarize
// works on. A file with no article in it is EInvalid.
func ReadOne(path string, stdin io.Reader, opt Options) (briefbot.Article, error) {
	data, err := ReadFile(path, stdin, MaxFileSize)
	if err != nil {
		return briefbot.Article{}, err
	}
	arts, err := Parse(DisplayName(path), data, opt)
	if err == nil && len(arts) == 0 {
		err = invalid(DisplayName(path), "no article in it")
	}
	if err != nil {
		return briefbot.Article{}, err
	}
	return arts[0], nil
}

// readSized reads r whole, up to limit bytes, into one buffer of the
// size it is said to have (and grows it if r turns out longer), where
// io.ReadAll would grow one from 512 bytes.
func readSized(name string, r io.Reader, limit, size int64) ([]byte, error) {
	r = io.LimitReader(r, limit+1)
	data := make([]byte, 0, size+1) // one more byte, for the end of the file
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, readError(name, err)
		}
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(name, limit)
	}
	return data, nil
}

func readLimited(name string, r io.Reader, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, readError(name, err)
	}
	if int64(len(data)) > limit {
		return nil, tooLarge(name, limit)
	}
	return data, nil
}

func tooLarge(name string, limit int64) error {
	return invalid(name, "larger than %s, not read", sizeText(limit))
}

// readError explains why a file cannot be read, in a user's words.
func readError(name string, err error) error {
	reason := "cannot be read"
	switch {
	case errors.Is(err, fs.ErrNotExist):
		reason = "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		reason = "permission denied"
	}
	return &briefbot.Error{Code: briefbot.EInvalid, Message: name + ": " + reason, Err: err}
}

// DisplayName is how reports name a path: standard input is "stdin".
func DisplayName(path string) string {
	if path == Stdin {
		return "stdin"
	}
	return path
}

func sizeText(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
