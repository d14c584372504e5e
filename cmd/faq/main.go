// Command faq answers questions from a FAQ written in Markdown.
package main

import (
	"os"

	"github.com/faqtool/faq/internal/cli"
)

func main() { os.Exit(cli.Main()) }
