package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/spf13/cobra"

	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/render"
)

// Config is what the config file may set: the defaults of the flags of
// the same names. A flag wins over an environment variable, which wins over
// the config file, except for PAGER and NO_COLOR, which every program reads
// and which faq's own config overrides (as gh and no-color.org have it).
type Config struct {
	Data  paths  `toml:"data"`  // FAQ files or folders, as --data
	Style string `toml:"style"` // as --style
	Width int    `toml:"width"` // as --width
	Color string `toml:"color"` // as --color
	Pager string `toml:"pager"` // as --pager

	path string // the file it was read from; "" when there is none
}

// configKeys are the keys a config file may hold.
var configKeys = []string{"data", "style", "width", "color", "pager"}

// readConfig reads the config file at path. A missing file is an empty
// config, unless named (by $FAQ_CONFIG); a bad one is an error naming the
// file and line. Relative data paths are relative to the file's folder
// and "~/" is the home folder.
func readConfig(path string, named bool) (*Config, error) {
	cfg := &Config{}
	if path == "" {
		return cfg, nil
	}
	src, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if named {
			return nil, usageErrorf("config %s ($FAQ_CONFIG): no such file", path)
		}
		return cfg, nil
	}
	if err != nil {
		return nil, usageErrorf("config %s: %v", path, errors.Unwrap(err))
	}
	md, err := toml.Decode(string(src), cfg)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, usageErrorf("%s:%d: %s", path, pe.Position.Line, pe.Message)
		}
		// A value of the wrong type: "toml: line 3 (last key "width"): ...".
		if m := regexp.MustCompile(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: (.*)$`).FindStringSubmatch(err.Error()); m != nil {
			if want, ok := configTypes[m[2]]; ok {
				return nil, usageErrorf("%s:%s: %s must be %s", path, m[1], m[2], want)
			}
			return nil, usageErrorf("%s:%s: %s", path, m[1], m[3])
		}
		return nil, usageErrorf("%s: %v", path, err)
	}
	for _, k := range md.Undecoded() {
		return nil, usageErrorf("%s:%d: unknown key %q (keys: %s)", path, keyLine(string(src), k[0]), k.String(), strings.Join(configKeys, ", "))
	}
	if err := checkColor(cfg.Color); cfg.Color != "" && err != nil {
		return nil, usageErrorf("%s:%d: %v", path, keyLine(string(src), "color"), err)
	}
	if err := render.CheckStyle(cfg.Style); cfg.Style != "" && err != nil {
		return nil, usageErrorf("%s:%d: %v", path, keyLine(string(src), "style"), err)
	}
	if cfg.Width < 0 {
		return nil, usageErrorf("%s:%d: width must be 0 (the terminal's) or more", path, keyLine(string(src), "width"))
	}
	cfg.path = path
	home, _ := os.UserHomeDir()
	for i, p := range cfg.Data {
		switch {
		case strings.HasPrefix(p, builtinPrefix):
		case strings.HasPrefix(p, "~/") && home != "":
			cfg.Data[i] = filepath.Join(home, p[2:])
		case !filepath.IsAbs(p):
			cfg.Data[i] = filepath.Join(filepath.Dir(path), p)
		}
	}
	return cfg, nil
}

// configTypes says what each key takes, for a value of the wrong type.
var configTypes = map[string]string{
	"data":  `a path or a list of them ("FAQ.md" or ["a.md", "docs/"])`,
	"style": `a style name or a JSON style file ("dark")`,
	"width": "a whole number of columns (0: the terminal's)",
	"color": `"auto", "always" or "never"`,
	"pager": `a command ("less -R")`,
}

// paths is the data key's value: a list of paths, or one path alone.
type paths []string

// UnmarshalTOML reads one path or a list of them.
func (p *paths) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		*p = paths{v}
		return nil
	case []any:
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				return errors.New("data must be " + configTypes["data"])
			}
			*p = append(*p, s)
		}
		return nil
	}
	return errors.New("data must be " + configTypes["data"])
}

// keyLine returns the line where key is set or opens a table in src, or
// 1.
func keyLine(src, key string) int {
	re := regexp.MustCompile(`^\s*(\[+\s*)?["']?` + regexp.QuoteMeta(key) + `["']?\s*[=.\]]`)
	for i, line := range strings.Split(src, "\n") {
		if re.MatchString(line) {
			return i + 1
		}
	}
	return 1
}

// ConfigOptions are the options of "faq config path".
type ConfigOptions struct {
	IO   *iostreams.IOStreams
	Path func() string
}

// NewCmdConfig returns the config command, with its path subcommand.
func NewCmdConfig(f *Factory, runF func(*ConfigOptions) error) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show where the config file is",
		Long: `faq reads settings from a TOML config file, if there is one:

  data  = ["~/notes/FAQ.md", "embedded:"]  # FAQ files or folders, as --data
  style = "light"                          # as --style
  width = 100                              # as --width
  color = "auto"                           # as --color
  pager = "less -R"                        # as --pager

A flag wins over an environment variable, which wins over the config file;
PAGER and NO_COLOR, which every program reads, do not override it. Data
paths are relative to the config file's folder. $FAQ_CONFIG names another
file, which must exist.`,
		Args: noArgs("config"),
		RunE: func(cmd *cobra.Command, args []string) error { return cmd.Help() },
	}
	opts := &ConfigOptions{IO: f.IOStreams, Path: f.configPath}
	path := &cobra.Command{
		Use:   "path",
		Short: "Print the config file's path (it need not exist)",
		Args:  noArgs("config path"),
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return configPathRun(opts)
		},
	}
	cmd.AddCommand(path)
	setExitCodes(cmd, exitCodesPlain)
	setExitCodes(path, exitCodesPlain)
	return cmd
}

func configPathRun(opts *ConfigOptions) error {
	p := opts.Path()
	if p == "" {
		return usageErrorf("no config folder: set $FAQ_CONFIG or $XDG_CONFIG_HOME")
	}
	_, err := fmt.Fprintln(opts.IO.Out, p)
	return err
}
