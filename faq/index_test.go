package faq

import "testing"

func TestIndexableText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"prose stays", "Unlink the computer.", "Unlink the computer."},
		{"link text stays, its destination goes", "see [the guide](https://example.org/guide) first", "see [the guide  first"},
		{"a bare address goes", "go to https://www.dropbox.com/account#security and unlink it", "go to   and unlink it"},
		{"an address in brackets leaves the brackets", "(https://example.org/a)", "( )"},
		{"an address in angle brackets goes as a tag", "<https://example.org/a> here", "  here"},
		{"http too", "http://example.org", " "},
		{"text written without spaces runs on after an address", "请访问 https://example.com/reset。然后重启电脑", "请访问  。然后重启电脑"},
		{"an address in quotes", `see "https://example.org/a" now`, `see " " now`},
		{"a word ending in h before :// is not an address", "smithttps://x", "smithttps://x"},
		{"HTML tags go", "a <b>bold</b> word", "a  bold  word"},
		{"a lone < stays", "a < b", "a < b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := indexableText(tt.in); got != tt.want {
				t.Errorf("indexableText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
