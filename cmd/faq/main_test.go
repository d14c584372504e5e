package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/faqtool/faq/faq"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"faq": main,
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

// faqBinary links the test binary as "faq" in a folder of its own and
// returns the link: run by that name, it is faq itself (see TestMain).
func faqBinary(t *testing.T) string {
	t.Helper()
	link := filepath.Join(t.TempDir(), "faq")
	if err := os.Symlink(os.Args[0], link); err != nil {
		t.Skip("no symlinks:", err)
	}
	return link
}

// start starts cmd with its stdout on a pipe, returned, and its stderr
// kept.
func start(t *testing.T, cmd *exec.Cmd) (io.ReadCloser, *strings.Builder) {
	t.Helper()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stderr := &strings.Builder{}
	cmd.Stderr = stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return stdout, stderr
}

// TestInterrupt: Ctrl-C while faq waits for stdin ends it with exit 130
// and nothing on stderr. faq is interrupted once it has answered a first
// line, so it is surely running and waiting for the next one.
func TestInterrupt(t *testing.T) {
	link := faqBinary(t)
	cmd := exec.Command(link)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, stderr := start(t, cmd)
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

// TestClosedPipe: a reader that goes away (faq - | head -2, faq --help |
// head -1) ends faq quietly, with exit 0: not killed by SIGPIPE (141)
// halfway through a batch, and no "broken pipe" from cobra's help.
func TestClosedPipe(t *testing.T) {
	link := faqBinary(t)
	for _, tt := range []struct {
		args      []string
		stdin     string
		readFirst bool // read a line before closing, to close mid-output
	}{
		{[]string{"-"}, strings.Repeat("si joint mri\n", 2000), true},
		{[]string{"--help"}, "", false},
		{[]string{"completion", "bash"}, "", false},
	} {
		cmd := exec.Command(link, tt.args...)
		cmd.Stdin = strings.NewReader(tt.stdin)
		stdout, stderr := start(t, cmd)
		if tt.readFirst {
			if _, err := bufio.NewReader(stdout).ReadString('\n'); err != nil {
				t.Fatal(err)
			}
		}
		stdout.Close()
		err := cmd.Wait()
		if code := cmd.ProcessState.ExitCode(); code != 0 {
			t.Errorf("faq %s: exit code %d (%v), want 0", strings.Join(tt.args, " "), code, err)
		}
		if stderr.Len() > 0 {
			t.Errorf("faq %s: stderr %q", strings.Join(tt.args, " "), stderr.String())
		}
	}
}

// TestReadme runs the README's examples from the repository's root, as a
// reader would from a fresh clone with faq installed: every line of a
// ```sh block must exit 0 ("go run ./cmd/faq" runs faq itself; "go ..."
// and ".ci/run" lines are the test suite and benchmarks, not run here);
// each "$ command" of a ```console block must print what follows it, as
// on an 80-column terminal without colour. ```shell blocks change the
// reader's machine (install, completion) or wait for the reader at a
// terminal (the finder), and are not run. An example
// needing a program that is not installed is skipped, saying which.
func TestReadme(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("at least %.2f", faq.Threshold); !strings.Contains(string(readme), want) {
		t.Errorf("the README does not state the threshold as %q", want)
	}
	bin := filepath.Dir(faqBinary(t))
	home := t.TempDir()
	env := []string{"PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH"), "HOME=" + home,
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"), "FAQ_CACHE_DIR=" + filepath.Join(home, "cache"), "PAGER=cat", "TERM=xterm-256color"}
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if name != "PATH" && name != "HOME" && !strings.HasPrefix(name, "FAQ_") && !strings.HasPrefix(name, "XDG_") &&
			name != "NO_COLOR" && name != "CLICOLOR_FORCE" && name != "GLAMOUR_STYLE" && name != "PAGER" && name != "TERM" {
			env = append(env, kv)
		}
	}
	run := func(t *testing.T, line string, extra ...string) string {
		t.Helper()
		for _, tool := range []string{"jq", "less", "man"} {
			if strings.Contains(line, "| "+tool) {
				if _, err := exec.LookPath(tool); err != nil {
					t.Skipf("%s is not installed", tool)
				}
			}
		}
		cmd := exec.Command("sh", "-c", line)
		cmd.Dir, cmd.Env = root, append(env, extra...)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Errorf("%s: %v\n%s", line, err, out)
		}
		return string(out)
	}
	ran := 0
	for _, block := range fencedBlocks(string(readme)) {
		switch block.lang {
		case "sh":
			for _, line := range strings.Split(block.body, "\n") {
				line = stripComment(line)
				if rest, ok := strings.CutPrefix(line, "go run ./cmd/faq "); ok {
					line = "faq " + rest
				}
				if line == "" || strings.HasPrefix(line, "go ") || strings.HasPrefix(line, ".ci/") {
					continue
				}
				ran++
				t.Run(line, func(t *testing.T) { run(t, line) })
			}
		case "console":
			for _, ex := range strings.Split(strings.TrimPrefix(block.body, "$ "), "\n$ ") {
				line, want, _ := strings.Cut(ex, "\n")
				ran++
				t.Run(line, func(t *testing.T) {
					got := ansi.ReplaceAllString(run(t, line, "FAQ_FORCE_TTY=80", "NO_COLOR=1"), "")
					if got != want {
						t.Errorf("%s printed:\n%s\nthe README says:\n%s", line, got, want)
					}
				})
			}
		}
	}
	if ran < 20 {
		t.Errorf("only %d examples found in the README", ran)
	}
}

var ansi = regexp.MustCompile(`\x1b\[[0-9;]*m`)

type fencedBlock struct{ lang, body string }

// fencedBlocks returns the README's fenced code blocks.
func fencedBlocks(md string) []fencedBlock {
	var out []fencedBlock
	var cur *fencedBlock
	for _, line := range strings.Split(md, "\n") {
		switch {
		case cur == nil && strings.HasPrefix(line, "```"):
			cur = &fencedBlock{lang: strings.Fields(line[3:] + " x")[0]}
		case cur != nil && line == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.body += line + "\n"
		}
	}
	return out
}

// stripComment removes a trailing "# comment" (after two spaces) from a
// shell line.
func stripComment(line string) string {
	if i := strings.Index(line, "  #"); i >= 0 {
		line = line[:i]
	}
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return ""
	}
	return strings.TrimSpace(line)
}
