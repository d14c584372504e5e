package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
)

// Completion of entry ids (show), topics (--topic) and styles (--style).
// The FAQ is opened with the command line's --data flags, so completion
// follows the FAQ being asked. Descriptions are plain text.

// addTopicFlag adds --topic to cmd, completed from the FAQ index opens.
func addTopicFlag(cmd *cobra.Command, topic *string, index func() (*faq.Index, error)) {
	cmd.Flags().StringVar(topic, "topic", "", "only entries of this topic (see 'faq list')")
	setValueName(cmd, "topic", "TOPIC")
	_ = cmd.RegisterFlagCompletionFunc("topic", completeTopics(index))
}

func completeIDs(index func() (*faq.Index, error)) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		ix, err := index()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
		}
		var out []cobra.Completion
		for _, e := range ix.FAQ().Entries {
			if strings.HasPrefix(strings.ToLower(e.ID), strings.ToLower(toComplete)) {
				out = append(out, cobra.CompletionWithDesc(clean(e.ID), completionText(e.Question)))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

func completeTopics(index func() (*faq.Index, error)) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		ix, err := index()
		if err != nil {
			return nil, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveError
		}
		var out []cobra.Completion
		for _, t := range ix.FAQ().Topics() {
			if strings.HasPrefix(strings.ToLower(t), strings.ToLower(toComplete)) {
				out = append(out, clean(t))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// completionText is a description for a completion: one line of plain
// text, without the backticks a question may keep from its heading.
func completionText(s string) string {
	return strings.ReplaceAll(clean(s), "`", "")
}

func completeStyles(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return render.Styles(), cobra.ShellCompDirectiveDefault // a JSON style file is a path
}

func completeWords(words ...string) cobra.CompletionFunc {
	return func(cmd *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return words, cobra.ShellCompDirectiveNoFileComp
	}
}
