package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/internal/render"
)

// Completion of entry ids (show), topics (--topic) and styles (--style).
// The FAQ is loaded with the command line's --data flags, so completion
// follows the FAQ being asked.

func (f *factory) completeIDs(o *options) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		x, err := f.load(o)
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
		}
		var out []cobra.Completion
		for _, e := range x.Entries {
			if strings.HasPrefix(e.ID, toComplete) {
				out = append(out, cobra.CompletionWithDesc(e.ID, e.Question))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func (f *factory) completeTopics(o *options) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		saved := o.topic
		o.topic = "" // a half-typed topic must not fail the load
		x, err := f.load(o)
		o.topic = saved
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
		}
		var out []cobra.Completion
		for _, t := range x.Topics() {
			if strings.HasPrefix(strings.ToLower(t), strings.ToLower(toComplete)) {
				out = append(out, t)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func completeStyles(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return render.Styles(), cobra.ShellCompDirectiveDefault // a JSON style file is a path
}

func completeWords(words ...string) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return words, cobra.ShellCompDirectiveNoFileComp
	}
}
