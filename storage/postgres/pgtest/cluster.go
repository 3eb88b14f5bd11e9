package pgtest

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// cluster is a private PostgreSQL cluster in a temporary directory, its
// server a child of the test process.
type cluster struct {
	bin, dir, url string
	cred          *syscall.Credential // the postgres user's, when the tests run as root; nil otherwise
	server        *exec.Cmd
	exited        chan struct{} // closed when the server has exited
}

// dirPrefix names the clusters' directories under the temporary directory.
const dirPrefix = "briefbot-pgtest-"

// startCluster makes and starts a cluster on a free loopback port.
// PostgreSQL refuses to run as root, so as root it runs as the postgres
// user that Debian's package creates. The server is told to die with the
// test process (even one killed, or stopped by a test's time-out), so no
// server outlives its tests; the directories such a process leaves behind
// are removed by the next one.
func startCluster() (*cluster, error) {
	bin, err := findBin()
	if err != nil {
		return nil, err
	}
	c := &cluster{bin: bin, exited: make(chan struct{})}
	if os.Geteuid() == 0 {
		if c.cred, err = postgresUser(); err != nil {
			return nil, err
		}
	}
	removeStale()
	if c.dir, err = os.MkdirTemp("", dirPrefix); err != nil {
		return nil, err
	}
	if err := c.init(); err != nil {
		c.stop()
		return nil, err
	}
	return c, nil
}

// postgresUser is the credential of the postgres user.
func postgresUser() (*syscall.Credential, error) {
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, errors.New("running as root and there is no postgres user to run the server as")
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

// findBin is the directory of initdb and postgres.
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

// removeStale removes the clusters of test processes that are gone: their
// server died with them, their directory stayed.
func removeStale() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), dirPrefix+"*"))
	for _, d := range dirs {
		owner, err := os.ReadFile(filepath.Join(d, "owner"))
		if err != nil {
			continue
		}
		pid, _ := strconv.Atoi(strings.TrimSpace(string(owner)))
		if pid > 0 && syscall.Kill(pid, 0) == syscall.ESRCH {
			os.RemoveAll(d)
		}
	}
}

// init creates the cluster and starts its server.
func (c *cluster) init() error {
	if err := os.WriteFile(filepath.Join(c.dir, "owner"), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return err
	}
	if c.cred != nil {
		if err := os.Chown(c.dir, int(c.cred.Uid), int(c.cred.Gid)); err != nil {
			return err
		}
	}
	data := filepath.Join(c.dir, "data")
	initdb := c.command("initdb", "-D", data, "-U", "briefbot", "--auth=trust", "--encoding=UTF8", "--locale=C")
	if out, err := initdb.CombinedOutput(); err != nil {
		return fmt.Errorf("initdb: %v: %s", err, out)
	}
	port, err := freePort()
	if err != nil {
		return err
	}
	c.server = c.command("postgres", "-D", data, "-p", strconv.Itoa(port),
		"-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="+c.dir,
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=300")
	c.server.SysProcAttr.Pdeathsig = syscall.SIGKILL
	if err := c.startServer(); err != nil {
		return err
	}
	c.url = fmt.Sprintf("postgres://briefbot@127.0.0.1:%d/postgres?sslmode=disable", port)
	return nil
}

// startServer starts the server and waits until its log says it accepts
// connections.
func (c *cluster) startServer() error {
	logs, err := c.server.StderrPipe()
	if err != nil {
		return err
	}
	if err := c.server.Start(); err != nil {
		return err
	}
	go func() {
		c.server.Wait()
		close(c.exited)
	}()
	sc := bufio.NewScanner(logs)
	var seen []string
	for sc.Scan() {
		seen = append(seen, sc.Text())
		if strings.Contains(sc.Text(), "ready to accept connections") {
			go io.Copy(io.Discard, logs) // the server must never block on its log
			return nil
		}
	}
	return fmt.Errorf("postgres did not start: %s", strings.Join(seen, "\n"))
}

// command is one of PostgreSQL's programs, run as the cluster's owner.
func (c *cluster) command(prog string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(c.bin, prog), args...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: c.cred}
	return cmd
}

// stop stops the server at once and removes the cluster.
func (c *cluster) stop() {
	if c.server != nil && c.server.Process != nil {
		c.server.Process.Signal(syscall.SIGQUIT) // immediate shutdown: the data is thrown away
		<-c.exited
	}
	os.RemoveAll(c.dir)
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
