package quiz_test

import (
	"context"
	"io/fs"
	"path/filepath"
	"testing"

	"sotay/assets"
	"sotay/library"
	"sotay/library/quiz"
)

// openLibrary opens a new library file in a temporary folder with the
// sample documents in it, and returns it with its quiz store.
func openLibrary(t testing.TB) (*library.Library, *quiz.Store) {
	t.Helper()
	ctx := context.Background()
	lib, err := library.Open(ctx, filepath.Join(t.TempDir(), "sotay.db"), library.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	if _, err := lib.AddSamples(ctx, assets.Samples()); err != nil {
		t.Fatal(err)
	}
	return lib, lib.Quiz()
}

func newBank(t testing.TB, s *quiz.Store, name string) quiz.Bank {
	t.Helper()
	b, err := s.CreateBank(context.Background(), name, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func assetsSamples() fs.FS { return assets.Samples() }
