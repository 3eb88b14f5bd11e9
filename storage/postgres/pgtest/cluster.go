package pgtest

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
)

// cluster is a private PostgreSQL cluster in a temporary directory.
type cluster struct {
	bin, dir, url string
	owner         *user.User // the user the server runs as when the tests run as root; nil otherwise
}

// startCluster makes and starts a cluster on a free loopback port, as
// .ci/postgres does. PostgreSQL refuses to run as root, so as root it runs
// as the postgres user that Debian's package creates.
func startCluster() (*cluster, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	c := &cluster{bin: bin}
	if os.Geteuid() == 0 {
		if c.owner, err = user.Lookup("postgres"); err != nil {
			return nil, errors.New("running as root and there is no postgres user to run the server as")
		}
	}
	if c.dir, err = os.MkdirTemp("", "briefbot-pgtest-"); err != nil {
		return nil, err
	}
	if err := c.init(); err != nil {
		os.RemoveAll(c.dir)
		return nil, err
	}
	return c, nil
}

// findBin is the directory of initdb and pg_ctl.
func findBin() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Dir(real), nil
		}
		return filepath.Dir(p), nil
	}
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(found) == 0 {
		return "", errors.New("PostgreSQL's initdb is not installed (Debian: apt-get install postgresql)")
	}
	return filepath.Dir(found[len(found)-1]), nil
}

// init creates the cluster and starts its server.
func (c *cluster) init() error {
	if c.owner != nil {
		uid, _ := strconv.Atoi(c.owner.Uid)
		gid, _ := strconv.Atoi(c.owner.Gid)
		if err := os.Chown(c.dir, uid, gid); err != nil {
			return err
		}
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	data := filepath.Join(c.dir, "data")
	if err := c.run("initdb", "-D", data, "-U", "briefbot", "--auth=trust", "--encoding=UTF8", "--locale=C"); err != nil {
		return err
	}
	opts := fmt.Sprintf("-c listen_addresses=127.0.0.1 -p %d -c unix_socket_directories='%s' "+
		"-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300", port, c.dir)
	if err := c.run("pg_ctl", "-D", data, "-l", filepath.Join(c.dir, "log"), "-w", "-o", opts, "start"); err != nil {
		return err
	}
	c.url = fmt.Sprintf("postgres://briefbot@127.0.0.1:%d/postgres?sslmode=disable", port)
	return nil
}

// stop stops the server at once and removes the cluster.
func (c *cluster) stop() {
	c.run("pg_ctl", "-D", filepath.Join(c.dir, "data"), "-m", "immediate", "stop")
	os.RemoveAll(c.dir)
}

// run runs one of PostgreSQL's programs as the cluster's owner.
func (c *cluster) run(prog string, args ...string) error {
	path := filepath.Join(c.bin, prog)
	cmd := exec.Command(path, args...)
	if c.owner != nil {
		cmd = exec.Command("runuser", append([]string{"-u", c.owner.Username, "--", path}, args...)...)
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", prog, err, out)
	}
	return nil
}

// freePort is a loopback port no one listens on.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
