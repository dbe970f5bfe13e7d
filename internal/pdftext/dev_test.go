package pdftext

import (
	"context"
	"os"
	"testing"
)

func TestDevDump(t *testing.T) {
	p := os.Getenv("DUMP")
	if p == "" {
		t.Skip("DUMP not set")
	}
	data, _ := os.ReadFile(p)
	r, err := Extract(context.Background(), data, Options{Password: os.Getenv("PW")})
	if err != nil {
		t.Fatal(err)
	}
	for i, pg := range r.Pages {
		t.Logf("--- page %d\n%s", i+1, pg)
	}
	t.Logf("%+v", *r)
}
