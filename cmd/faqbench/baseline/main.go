// Command baseline renders a 2 KB Markdown answer with glamour and
// nothing else: the floor faqbench compares faq's own cost against.
package main

import (
	"fmt"
	"os"

	"github.com/charmbracelet/glamour"
)

const answer = `# Does SI joint pain show on an MRI?

Pain itself does not show on an MRI; some of its causes do. An MRI is good
at showing:

- active inflammation of the joint (sacroiliitis), seen as bone marrow
  oedema next to the joint, for example in axial spondyloarthritis
  (ankylosing spondylitis) or infection;
- structural change: erosions, sclerosis, fusion or arthritis of the joint,
  and stress or insufficiency fractures of the sacrum.

The commonest kind of SI joint pain, mechanical dysfunction, often looks
normal, and age-related wear is common in people without any pain. So a
normal MRI does not rule out SI joint pain, and an abnormal one does not
prove it.

The diagnosis rests on the history, an examination with provocation tests
and, if needed, a diagnostic injection. X-rays and CT show bone changes; an
MRI of the lower back also helps rule out spinal causes such as a herniated
disc. Treatment depends on the cause: physical therapy, anti-inflammatory
medicines and exercise first; injections or, rarely, surgery when that
fails. Keep moving within comfort while the cause is found.

Sources: "Is Your Sciatica Coming From Your Spine or Your SI Joint?";
"Sciatica Symptoms, Diagnosis, and Treatments"
`

func main() {
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	out, err := r.Render(answer)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Stdout.WriteString(out)
}
