package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"briefbot/geo"
	"briefbot/geo/internal/table"
)

// build turns the data lines into the table geo embeds: one record a
// place, one a country's demonyms, and every name of every place folded
// (geo.Fold) into the index, so that geo hashes and folds nothing at start.
func build(lines []string) *table.Table {
	t := &table.Table{Keys: map[string][]uint32{}}
	for _, line := range lines {
		f := strings.SplitN(line, "\t", 5)
		if line == "" || line[0] == '#' || len(f) < 5 {
			continue
		}
		if f[0] == "d" {
			t.Demonyms = append(t.Demonyms, table.Demonyms{Country: f[1], Pairs: f[4]})
			continue
		}
		id, _ := strconv.Atoi(f[2])
		pop, _ := strconv.Atoi(f[3])
		i := uint32(len(t.Places))
		t.Places = append(t.Places, table.Place{Kind: kindByte(f[0]), ID: uint32(id), Pop: uint64(pop), Country: f[1], Names: f[4]})
		seen := map[string]bool{}
		for _, p := range strings.Split(f[4], "\t") {
			_, n, _ := strings.Cut(p, "=")
			if k := geo.Fold(n); k != "" && !seen[k] {
				seen[k] = true
				t.Keys[k] = append(t.Keys[k], i)
			}
		}
	}
	return t
}

// kindByte is the record's kind: 'c' country, 'r' region, 's'
// subdivision, 't' city.
func kindByte(kind string) byte {
	if kind == "c" || kind == "r" || kind == "s" {
		return kind[0]
	}
	return 't'
}

// writeTable encodes the table of lines into path.
func writeTable(path string, lines []string) error {
	return os.WriteFile(path, table.Encode(build(lines)), 0o644)
}

// readLines reads a data file in the text form, gzip'd or not: the form
// the gazetteer was embedded in before the table, and that -dump writes.
func readLines(path string) ([]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(raw, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return nil, err
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return nil, err
		}
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, sc.Err()
}

// header is the first line of the text form.
const header = "# briefbot gazetteer: GeoNames (CC BY 4.0), Unicode CLDR (Unicode licence); see geo/README.md"

// dumpTable prints the table in path in the text form, its lines sorted
// as the generator writes them, so that -tsv rebuilds the same table.
func dumpTable(w io.Writer, path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f, err := table.Open(string(raw))
	if err != nil {
		return err
	}
	var lines []string
	for i := range f.Places() {
		p := f.Place(i)
		lines = append(lines, fmt.Sprintf("%c\t%s\t%d\t%d\t%s", p.Kind, p.Country, p.ID, p.Pop, p.Names))
	}
	for i := range f.Demonyms() {
		d := f.Demonym(i)
		lines = append(lines, fmt.Sprintf("d\t%s\t0\t0\t%s", d.Country, d.Pairs))
	}
	sort.Strings(lines)
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, header)
	for _, l := range lines {
		fmt.Fprintln(bw, l)
	}
	return bw.Flush()
}
