package i18n

import "testing"

func TestCatalog(t *testing.T) {
	c, err := Parse([]byte(`{"hello": "Xin chào {{.Name}}", "plain": "Thư viện", "file.name": {"other": "Tên"}}`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ key, want string }{
		{"hello", "Xin chào đồng chí"},
		{"plain", "Thư viện"},
		{"file.name", "Tên"},
		{"missing", "missing"},
	}
	for _, tt := range tests {
		if got := c.T(tt.key, map[string]string{"Name": "đồng chí"}); got != tt.want {
			t.Errorf("T(%q) = %q, want %q", tt.key, got, tt.want)
		}
	}
	if _, err := Parse([]byte(`{"bad": 1}`)); err == nil {
		t.Error("a number as a message was accepted")
	}
}
