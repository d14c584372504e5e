package cli

import (
	"reflect"
	"testing"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/internal/iostreams"
)

// parse runs cmd on args with its run function replaced and returns the
// error it gave.
func parse(t *testing.T, cmd *cobra.Command, args ...string) error {
	t.Helper()
	cmd.SetArgs(args)
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	_, err := cmd.ExecuteC()
	return err
}

func testFactory() *Factory {
	io, _, _, _ := iostreams.Test()
	return NewFactory(io, func(string) string { return "" })
}

// TestAskOptions checks what command lines parse into; nothing is asked.
func TestAskOptions(t *testing.T) {
	tests := []struct {
		args []string
		want AskOptions
	}{
		{[]string{"how", "do", "i"}, AskOptions{Words: []string{"how", "do", "i"}}},
		{[]string{"--top", "3", "--explain", "si", "joint"}, AskOptions{Top: 3, TopSet: true, Explain: true, Words: []string{"si", "joint"}}},
		{[]string{"--data", "a.md", "--data", "b", "--topic", "SI joint", "x"}, AskOptions{Data: DataFlags{Paths: []string{"a.md", "b"}}, Topic: "SI joint", Words: []string{"x"}}},
		{[]string{"--json", "--width", "40", "--style", "light", "--color", "never", "--pager", "cat", "x"},
			AskOptions{Output: OutputFlags{JSON: true, Width: 40, Style: "light", Color: "never", Pager: "cat"}, Words: []string{"x"}}},
		{[]string{"--", "--top", "list"}, AskOptions{Words: []string{"--top", "list"}}},
		{[]string{"-"}, AskOptions{Words: []string{"-"}}},
		{[]string{"-i", "si", "joint"}, AskOptions{Interactive: true, Words: []string{"si", "joint"}}},
	}
	for _, tt := range tests {
		var got *AskOptions
		cmd := NewCmdAsk(testFactory(), func(o *AskOptions) error { got = o; return nil })
		if err := parse(t, cmd, tt.args...); err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		tt.want.Output.formats = got.Output.formats
		if got.IO == nil || got.Index == nil || got.Printer == nil || got.Find == nil {
			t.Errorf("%q: dependencies not set", tt.args)
		}
		got.IO, got.Index, got.Printer, got.Find = nil, nil, nil, nil
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.args, *got, tt.want)
		}
	}
}

func TestListShowCheckTestOptions(t *testing.T) {
	f := testFactory()
	var list *ListOptions
	if err := parse(t, NewCmdList(f, func(o *ListOptions) error { list = o; return nil }), "--topic", "SI joint", "--format", "text", "mri", "test"); err != nil {
		t.Fatal(err)
	}
	if list.Topic != "SI joint" || list.Output.Format != "text" || !reflect.DeepEqual(list.Words, []string{"mri", "test"}) {
		t.Errorf("list: %+v", list)
	}
	var show *ShowOptions
	if err := parse(t, NewCmdShow(f, func(o *ShowOptions) error { show = o; return nil }), "--data", "x.md", "a", "B"); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(show.IDs, []string{"a", "B"}) || !reflect.DeepEqual(show.Data.Paths, []string{"x.md"}) {
		t.Errorf("show: %+v", show)
	}
	var check *CheckOptions
	if err := parse(t, NewCmdCheck(f, func(o *CheckOptions) error { check = o; return nil }), "a.md", "docs"); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(check.Paths, []string{"a.md", "docs"}) {
		t.Errorf("check: %+v", check)
	}
	var test *TestOptions
	if err := parse(t, NewCmdTest(f, func(o *TestOptions) error { test = o; return nil }), "--min", "0.9", "--topic", "t", "q.tsv"); err != nil {
		t.Fatal(err)
	}
	if test.Min != 0.9 || test.Topic != "t" || !reflect.DeepEqual(test.Files, []string{"q.tsv"}) {
		t.Errorf("test: %+v", test)
	}
	// Flags a command does not take are refused, not ignored.
	if err := parse(t, NewCmdCheck(f, func(*CheckOptions) error { return nil }), "--json", "a.md"); err == nil {
		t.Error("check accepted --json")
	}
}

// TestCompletionChangesNothing: completing a topic while a half-typed
// --topic is on the line leaves the options as parsed.
func TestCompletionChangesNothing(t *testing.T) {
	code, out, errOut := runEnv(t, 0, nil, "", "__complete", "list", "--topic", "Pin")
	if code != ExitOK || out != "Pinched S1 nerve\n:4\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
