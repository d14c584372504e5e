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
// (--explain). Lines are wrapped at width, when not 0, with the rest of a
// line indented under its start.
func explain(w io.Writer, res faq.Result, width int) {
	for _, line := range strings.Split(strings.TrimRight(sanitize.Text(res.Explain()), "\n"), "\n") {
		if width <= 0 || render.Width(line) <= width {
			fmt.Fprintln(w, line)
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		wrapped := render.Wrap(line[indent:], width-indent-4)
		fmt.Fprintln(w, strings.Repeat(" ", indent)+strings.Join(wrapped, "\n"+strings.Repeat(" ", indent+4)))
	}
}
