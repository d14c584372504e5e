package render

import (
	"regexp"
	"strings"
	"sync"
)

var (
	// MkDocs admonitions: !!! note "Title", and collapsible ??? / ???+,
	// with any modifiers (!!! info inline end "Title").
	admonition = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(\s*)(?:!!!|\?\?\?\+?)\s+([A-Za-z-]+)(?:\s+[A-Za-z][\w-]*)*(?:\s+"([^"]*)")?\s*$`)
	})
	// MkDocs-Material content tabs: === "Title".
	contentTab = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\s*)===\+?\s+"([^"]*)"\s*$`) })
	// Docusaurus and VitePress containers: :::tip Title (or :::tip[Title])
	// up to a line of colons.
	containerOpen = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`^(\s*)(:{3,})\s*([A-Za-z][\w-]*)(?:\[([^\]]*)\]|[ \t]+(.+?))?\s*$`)
	})
	containerClose = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(:{3,})\s*$`) })
	// GitHub alerts: > [!NOTE].
	githubAlert = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(\s*>\s*)\[!([A-Za-z]+)\]\s*$`) })
	fenceOpen   = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile("^\\s*(```+|~~~+)") })
)

// Readable rewrites Markdown extensions that CommonMark renders badly into
// plain Markdown with the same meaning: MkDocs admonitions and Docusaurus
// or VitePress containers (:::tip) become block quotes with a bold label,
// content tabs a bold title over their (dedented) content, GitHub alerts
// a bold label. Without this, the indented body of an admonition or tab
// renders as a code block, and a container's colons as text.
func Readable(md string) string {
	if !strings.Contains(md, "!!!") && !strings.Contains(md, "???") &&
		!strings.Contains(md, "===") && !strings.Contains(md, "[!") && !strings.Contains(md, ":::") {
		return md
	}
	lines := strings.Split(md, "\n")
	var out []string
	var code fences
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		if code.in(line) {
			out = append(out, line)
			continue
		}
		if m := githubAlert().FindStringSubmatch(line); m != nil {
			// The label on a line of its own, as for admonitions.
			out = append(out, m[1]+"**"+label(m[2])+"**", strings.TrimRight(m[1], " \t"))
			continue
		}
		if m := admonition().FindStringSubmatch(line); m != nil {
			title := m[3]
			if title == "" {
				title = label(m[2])
			}
			body, n := indentedBody(lines[i+1:], len(m[1]))
			out = append(out, m[1]+"> **"+title+"**", m[1]+">")
			for _, b := range body {
				out = append(out, m[1]+strings.TrimRight("> "+b, " "))
			}
			out = append(out, "")
			i += n
			continue
		}
		if m := containerOpen().FindStringSubmatch(line); m != nil {
			if n := containerEnd(lines[i+1:], len(m[2])); n >= 0 {
				title := m[4] + m[5]
				if strings.TrimSpace(title) == "" {
					title = label(m[3])
				}
				out = append(out, m[1]+"> **"+strings.TrimSpace(title)+"**", m[1]+">")
				// Containers nest: the body is read the same way.
				body := Readable(strings.Join(lines[i+1:i+1+n], "\n"))
				for _, b := range strings.Split(body, "\n") {
					out = append(out, m[1]+strings.TrimRight("> "+strings.TrimPrefix(b, m[1]), " "))
				}
				out = append(out, "")
				i += n + 1
				continue
			}
		}
		if m := contentTab().FindStringSubmatch(line); m != nil {
			body, n := indentedBody(lines[i+1:], len(m[1]))
			out = append(out, m[1]+"**"+m[2]+"**", "")
			for _, b := range body {
				out = append(out, m[1]+b)
			}
			i += n
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// containerEnd returns how many lines a container's body holds before
// the first line of at least colons colons that closes it, or -1 when
// none does. A container nested inside uses fewer colons (Docusaurus's
// rule), so its closing line does not close this one.
func containerEnd(lines []string, colons int) int {
	var code fences
	for n, line := range lines {
		if code.in(line) {
			continue
		}
		if m := containerClose().FindStringSubmatch(line); m != nil && len(m[1]) >= colons {
			return n
		}
	}
	return -1
}

// fences follows fenced code blocks through lines read in order.
type fences struct{ open string }

// in reports whether line opens, is inside or closes a fenced code block.
func (f *fences) in(line string) bool {
	if f.open != "" {
		if strings.HasPrefix(strings.TrimSpace(line), f.open) {
			f.open = ""
		}
		return true
	}
	if m := fenceOpen().FindStringSubmatch(line); m != nil {
		f.open = m[1]
		return true
	}
	return false
}

// indentedBody collects the lines indented at least four columns deeper
// than indent (blank lines included), dedented, and how many it consumed.
func indentedBody(lines []string, indent int) (body []string, n int) {
	prefix := strings.Repeat(" ", indent+4)
	for n < len(lines) {
		line := strings.Replace(lines[n], "\t", "    ", 1)
		switch {
		case strings.TrimSpace(line) == "":
			body = append(body, "")
		case strings.HasPrefix(line, prefix):
			body = append(body, line[len(prefix):])
		default:
			return trimBlank(body, &n), n
		}
		n++
	}
	return trimBlank(body, &n), n
}

// trimBlank drops trailing blank lines from body, giving them back to the
// caller's input.
func trimBlank(body []string, n *int) []string {
	for len(body) > 0 && body[len(body)-1] == "" {
		body = body[:len(body)-1]
		*n--
	}
	return body
}

func label(kind string) string {
	kind = strings.ToLower(kind)
	return strings.ToUpper(kind[:1]) + kind[1:]
}
