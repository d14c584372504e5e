// Command faqbench times whole faq processes against the goals of the
// project's speed issue: it builds faq and a bare glamour program, makes
// 10,000- and 100,000-entry FAQs, runs every case in turn (interleaved,
// so load on the machine hits all alike) and prints medians, peak memory
// and the ratios with their goals.
//
//	go run ./cmd/faqbench [-runs 21]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/creack/pty"

	"github.com/faqtool/faq/internal/faqgen"
)

type benchCase struct {
	name  string
	args  []string
	stdin string
	// terminal runs the case in a pseudo-terminal; firstFrame, when set,
	// times it until this text is on the screen, and Esc then ends it,
	// untimed.
	terminal   bool
	firstFrame string
	times      []time.Duration
	rss        int64 // peak resident memory in KiB, the largest seen
}

func main() {
	runs := flag.Int("runs", 21, "runs of each case")
	flag.Parse()
	if err := run(*runs); err != nil {
		fmt.Fprintln(os.Stderr, "faqbench:", err)
		os.Exit(1)
	}
}

func run(runs int) error {
	dir, err := os.MkdirTemp("", "faqbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	faq := filepath.Join(dir, "faq")
	base := filepath.Join(dir, "glamour-baseline")
	for bin, pkg := range map[string]string{faq: "./cmd/faq", base: "./cmd/faqbench/baseline"} {
		if out, err := exec.Command("go", "build", "-o", bin, pkg).CombinedOutput(); err != nil {
			return fmt.Errorf("go build %s: %v\n%s", pkg, err, out)
		}
	}
	for _, n := range []int{10000, 100000} {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("faq%d.md", n)))
		if err != nil {
			return err
		}
		if err := faqgen.Write(f, n); err != nil {
			return err
		}
		f.Close()
	}
	hundred := strings.Repeat("si joint mri\nhow long does l5 s1 take to heal\nsacroilliac injection for sciatca\nepidural steroid\n", 25)
	// No pager: an answer taller than the terminal would otherwise wait
	// in less for a key, and the case times faq, not a pager.
	env := []string{"FAQ_CACHE_DIR=" + filepath.Join(dir, "cache"), "NO_COLOR=", "GLAMOUR_STYLE=dark", "TERM=xterm-256color", "FAQ_PAGER=cat"}
	q := "how do i configure a remote proxy"
	cases := []*benchCase{
		{name: "glamour baseline (2 KB answer)", args: []string{base}},
		{name: "faq, rendered (--color always)", args: []string{faq, "--color", "always", "si", "joint", "mri"}},
		{name: "faq, pipe", args: []string{faq, "si", "joint", "mri"}},
		{name: "faq, 1 question on stdin", args: []string{faq}, stdin: "si joint mri\n"},
		{name: "faq, 100 questions on stdin", args: []string{faq}, stdin: hundred},
		{name: "faq --data 10,000 entries", args: append([]string{faq, "--data", filepath.Join(dir, "faq10000.md")}, strings.Fields(q)...)},
		{name: "faq --data 100,000 entries", args: append([]string{faq, "--data", filepath.Join(dir, "faq100000.md")}, strings.Fields(q)...)},
		{name: "faq --version", args: []string{faq, "--version"}},
		{name: "faq list", args: []string{faq, "list"}},
		{name: "faq, rendered, in a terminal", args: []string{faq, "si", "joint", "mri"}, terminal: true},
		{name: "faq pick, first frame", args: []string{faq, "pick"}, terminal: true, firstFrame: "enter print"},
	}
	// One untimed round warms the page cache and builds the index caches.
	for _, c := range cases {
		if _, _, err := c.once(env); err != nil {
			return fmt.Errorf("%s: %v", c.name, err)
		}
	}
	for range runs {
		for _, c := range cases {
			d, rss, err := c.once(env)
			if err != nil {
				return fmt.Errorf("%s: %v", c.name, err)
			}
			c.times = append(c.times, d)
			c.rss = max(c.rss, rss)
		}
	}
	fmt.Printf("faqbench: %d interleaved runs of each case, medians (%s)\n\n", runs, time.Now().Format("2006-01-02"))
	for _, c := range cases {
		fmt.Printf("  %-34s %8.1f ms  %7.1f MiB peak  (fastest %.1f ms)\n", c.name, ms(c.median()), float64(c.rss)/1024, ms(slices.Min(c.times)))
	}
	byName := map[string]*benchCase{}
	for _, c := range cases {
		byName[c.name] = c
	}
	ratio := func(a, b string) float64 { return ms(byName[a].median()) / ms(byName[b].median()) }
	fmt.Println()
	check := func(what string, got, goal float64) {
		verdict := "ok"
		if got > goal {
			verdict = "OVER"
		}
		fmt.Printf("  %-52s %5.2f  (goal ≤ %.2f)  %s\n", what, got, goal, verdict)
	}
	check("embedded answer, rendered / glamour baseline", ratio("faq, rendered (--color always)", "glamour baseline (2 KB answer)"), 1.10)
	check("100 questions on stdin / 1 question on stdin", ratio("faq, 100 questions on stdin", "faq, 1 question on stdin"), 2)
	check("10,000 entries / embedded (pipe)", ratio("faq --data 10,000 entries", "faq, pipe"), 2.5)
	check("100,000 entries / embedded (pipe)", ratio("faq --data 100,000 entries", "faq, pipe"), 12)
	check("faq pick, first frame / rendered answer, terminal", ratio("faq pick, first frame", "faq, rendered, in a terminal"), 1.10)
	mem := float64(byName["faq --data 100,000 entries"].rss) / 1024
	check("100,000 entries, peak memory in MiB / 250", mem/250, 1)
	return nil
}

// once runs the case and returns its wall time and peak memory (KiB).
func (c *benchCase) once(env []string) (time.Duration, int64, error) {
	if c.terminal {
		return c.onceInTerminal(env)
	}
	cmd := exec.Command(c.args[0], c.args[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = strings.NewReader(c.stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err := cmd.Run()
	d := time.Since(start)
	if err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() > 1 {
			return 0, 0, fmt.Errorf("%v: %s", err, errOut.String())
		}
	}
	return d, maxRSS(cmd), nil
}

// onceInTerminal runs the case in a 120x40 pseudo-terminal, as its
// session's terminal, and times it until it exits or, with firstFrame,
// until the first frame is drawn. Nothing answers a query sent to the
// terminal: faq sends none.
func (c *benchCase) onceInTerminal(env []string) (time.Duration, int64, error) {
	ptmx, tty, err := pty.Open()
	if err != nil {
		return 0, 0, err
	}
	defer ptmx.Close()
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: 120, Rows: 40}); err != nil {
		return 0, 0, err
	}
	cmd := exec.Command(c.args[0], c.args[1:]...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = tty, tty, tty
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	tty.Close()
	shown := make(chan time.Duration, 1)
	go func() {
		var seen []byte
		found := false
		buf := make([]byte, 64<<10)
		for {
			n, err := ptmx.Read(buf)
			if !found && c.firstFrame != "" {
				seen = append(seen, buf[:n]...)
				if found = bytes.Contains(seen, []byte(c.firstFrame)); found {
					shown <- time.Since(start)
				}
			}
			if err != nil {
				return
			}
		}
	}()
	if c.firstFrame == "" {
		// A run that waits for input (a pager, a prompt) would hang the
		// benchmark: it fails instead.
		// The whole session goes: a pager started by faq too.
		timer := time.AfterFunc(10*time.Second, func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
		err := cmd.Wait()
		d := time.Since(start)
		if !timer.Stop() {
			return 0, 0, fmt.Errorf("still running after 10 s: waiting for input?")
		}
		if ee, ok := err.(*exec.ExitError); err != nil && (!ok || ee.ExitCode() > 1) {
			return 0, 0, err
		}
		return d, maxRSS(cmd), nil
	}
	var d time.Duration
	select {
	case d = <-shown:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		cmd.Wait()
		return 0, 0, fmt.Errorf("no %q on the screen after 10 s", c.firstFrame)
	}
	ptmx.Write([]byte("\x1b"))
	if err := cmd.Wait(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 130 {
			return 0, 0, err
		}
	}
	return d, maxRSS(cmd), nil
}

// maxRSS is a finished command's peak resident memory in KiB.
func maxRSS(cmd *exec.Cmd) int64 {
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss
	}
	return 0
}

func (c *benchCase) median() time.Duration {
	ts := append([]time.Duration(nil), c.times...)
	sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
	return ts[len(ts)/2]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
