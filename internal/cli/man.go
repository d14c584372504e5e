package cli

import (
	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func newManCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page (roff) to stdout",
		Long: `Print faq's manual page in roff to stdout, for example:

  faq man > ~/.local/share/man/man1/faq.1    # then: man faq
  faq man | man -l -`,
		Args: noArgs("man"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return doc.GenMan(cmd.Root(), &doc.GenManHeader{Title: "FAQ", Section: "1", Source: "faq " + version(), Manual: "faq manual"}, f.io.Out)
		},
	}
}
