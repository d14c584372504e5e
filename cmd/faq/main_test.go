package main

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"faq": func() { os.Exit(run()) },
	})
}

// TestScripts runs the end-to-end scripts in testdata/script: the real
// binary's entry point, with real stdin, stdout and exit codes. Besides
// testscript's own commands, "status N command args..." runs a command
// and fails unless it exits with exactly N ("! exec" cannot tell 1 from
// 2).
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: os.Getenv("UPDATE_SCRIPTS") != "",
		Cmds:          map[string]func(*testscript.TestScript, bool, []string){"status": status},
	})
}

// status is the script command "status N command args...".
func status(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %q is not an exit code", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("%v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// TestInterrupt: Ctrl-C while faq waits for stdin ends it with exit 130
// and nothing on stderr. faq is interrupted once it has answered a first
// line, so it is surely running and waiting for the next one.
func TestInterrupt(t *testing.T) {
	link := filepath.Join(t.TempDir(), "faq")
	if err := os.Symlink(os.Args[0], link); err != nil {
		t.Skip("no symlinks:", err)
	}
	cmd := exec.Command(link)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if _, err := stdin.Write([]byte("si joint mri\n")); err != nil {
		t.Fatal(err)
	}
	answered := make(chan error, 1)
	drained := make(chan struct{})
	go func() {
		defer close(drained)
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "Sources:") { // the answer's last line
				answered <- nil
				for sc.Scan() {
				}
				return
			}
		}
		answered <- errors.New("stdout ended before the answer")
	}()
	select {
	case err := <-answered:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute):
		t.Fatal("no answer within a minute")
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	<-drained
	err = cmd.Wait()
	if code := cmd.ProcessState.ExitCode(); code != 130 {
		t.Errorf("exit code %d (%v), want 130", code, err)
	}
	if stderr.Len() > 0 {
		t.Errorf("stderr: %q", stderr.String())
	}
}
