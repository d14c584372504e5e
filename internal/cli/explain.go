package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
	"github.com/faqtool/faq/internal/sanitize"
)

// explain writes how the query was understood and why the best match won
// (--explain). Lines are wrapped at width, when not 0: a line keeps its
// columns up to the last space that fits, and the rest goes on lines
// indented under its start.
func explain(w io.Writer, res faq.Result, width int) {
	for _, line := range strings.Split(strings.TrimRight(sanitize.Text(res.Explain()), "\n"), "\n") {
		if width <= 0 || render.Width(line) <= width {
			fmt.Fprintln(w, line)
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		cut := lastSpaceWithin(line, indent, width)
		if cut < 0 { // the first word is wider: it has the line to itself
			if cut = strings.IndexByte(line[indent:], ' '); cut < 0 {
				cut = len(line)
			} else {
				cut += indent
			}
		}
		fmt.Fprintln(w, strings.TrimRight(line[:cut], " "))
		if rest := strings.TrimSpace(line[cut:]); rest != "" {
			pad := strings.Repeat(" ", indent+4)
			fmt.Fprintln(w, pad+strings.Join(render.Wrap(rest, max(width-indent-4, 10)), "\n"+pad))
		}
	}
}

// lastSpaceWithin returns the index of the last space after from at which
// line's first part is at most width columns wide, or -1.
func lastSpaceWithin(line string, from, width int) int {
	cut := -1
	for i := from; i < len(line); i++ {
		if line[i] != ' ' {
			continue
		}
		if render.Width(line[:i]) > width {
			break
		}
		cut = i
	}
	return cut
}
