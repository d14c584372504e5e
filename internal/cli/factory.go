package cli

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/finder"
	"github.com/faqtool/faq/internal/iostreams"
)

// Factory holds what commands need from outside the command line: the
// streams, the environment and the config file, read on first use. Each
// command builds its own dependencies from it (see DataFlags.index and
// OutputFlags.printer), so no state is shared between commands.
type Factory struct {
	IOStreams *iostreams.IOStreams
	Getenv    func(string) string

	// Config returns the config file's settings, read once.
	Config func() (*Config, error)

	// openIndex opens FAQ files; tests replace it to reach slow paths.
	openIndex func(paths []string, cacheDir string) (*faq.Index, error)
	// progressAfter is how long indexing runs before progress is shown.
	progressAfter time.Duration
	// runFinder runs the finder (faq pick); tests replace it.
	runFinder func(context.Context, finder.Options) (finder.Pick, error)
	// interrupt restores the terminal on Ctrl-C while the finder has it.
	interrupt interruptHold
}

// NewFactory returns a factory for the given streams and environment.
func NewFactory(io *iostreams.IOStreams, getenv func(string) string) *Factory {
	f := &Factory{IOStreams: io, Getenv: getenv, openIndex: openIndex, progressAfter: time.Second}
	f.runFinder = func(ctx context.Context, o finder.Options) (finder.Pick, error) {
		o.Hold = f.interrupt.hold
		return finder.Run(ctx, o)
	}
	f.Config = sync.OnceValues(func() (*Config, error) {
		path, named := f.configFile()
		return readConfig(path, named)
	})
	return f
}

// configPath is where the config file is (see configFile).
func (f *Factory) configPath() string {
	path, _ := f.configFile()
	return path
}

// configFile is where the config file is: $FAQ_CONFIG (named: it must
// exist, its settings are wanted), else config.toml in faq's folder of
// the user config folder ($XDG_CONFIG_HOME/faq, ~/Library/Application
// Support/faq, %AppData%\faq), which may be missing; "" when there is none.
func (f *Factory) configFile() (path string, named bool) {
	if p := f.Getenv("FAQ_CONFIG"); p != "" {
		return p, true
	}
	dir := f.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		var err error
		if dir, err = os.UserConfigDir(); err != nil {
			return "", false
		}
	}
	return filepath.Join(dir, "faq", "config.toml"), false
}

// cacheDir is where large FAQs' indexes are cached: $FAQ_CACHE_DIR, else
// faq in the user cache folder; "" (no cache) when there is none.
func (f *Factory) cacheDir() string {
	if d := f.Getenv("FAQ_CACHE_DIR"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "faq")
	}
	return ""
}
