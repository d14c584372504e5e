// Command faq answers questions from a FAQ written in Markdown.
package main

import (
	"os"
	"os/signal"

	"github.com/faqtool/faq/internal/cli"
)

func main() { os.Exit(run()) }

func run() int {
	// Ctrl-C ends faq at once, quietly, with the conventional 128+SIGINT.
	interrupt := make(chan os.Signal, 1)
	signal.Notify(interrupt, os.Interrupt)
	go func() {
		<-interrupt
		os.Exit(cli.ExitInterrupted)
	}()
	return cli.Main()
}
