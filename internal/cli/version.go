package cli

import (
	"runtime/debug"
	"strings"
)

// Stamped at build time, for builds that know better than Go's build
// information (a release script, a distribution's package):
//
//	go build -ldflags "-X github.com/faqtool/faq/internal/cli.buildVersion=v1.2.3 -X github.com/faqtool/faq/internal/cli.buildCommit=$(git rev-parse HEAD)" ./cmd/faq
var buildVersion, buildCommit string

// version returns the module version faq was built at ("v1.2.3" for
// go install ...@v1.2.3, "(devel)" for a build from a checkout) and its
// commit: stamped, else from Go's build information (the VCS revision of a
// checkout, or the commit a pseudo-version names), else "unknown".
func version() string {
	v, commit, modified := buildVersion, buildCommit, false
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if commit == "" {
					commit = s.Value
				}
			case "vcs.modified":
				modified = s.Value == "true"
			}
		}
	}
	if commit == "" {
		commit = pseudoVersionCommit(v)
	}
	if v == "" {
		v = "(devel)"
	}
	switch {
	case commit == "":
		commit = "unknown"
	case len(commit) > 12:
		commit = commit[:12]
	}
	if modified {
		commit += " (modified)"
	}
	return v + ", commit " + commit
}

// pseudoVersionCommit returns the commit a pseudo-version such as
// v0.0.0-20261120101010-abcdef123456 ends with, or "".
func pseudoVersionCommit(v string) string {
	parts := strings.Split(strings.TrimSuffix(v, "+incompatible"), "-")
	if len(parts) < 3 {
		return ""
	}
	commit, stamp := parts[len(parts)-1], parts[len(parts)-2]
	if i := strings.LastIndex(stamp, "."); i >= 0 { // v1.2.4-0.20261120101010-abc...
		stamp = stamp[i+1:]
	}
	if len(commit) != 12 || len(stamp) != 14 || strings.Trim(commit, "0123456789abcdef") != "" || strings.Trim(stamp, "0123456789") != "" {
		return ""
	}
	return commit
}
