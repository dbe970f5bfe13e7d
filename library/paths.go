package library

import (
	"os"
	"path/filepath"
	"runtime"
)

// EnvDB names the environment variable that overrides the library's location.
const EnvDB = "SOTAY_DB"

// DefaultPath returns where the user's library lives when neither --db nor
// SOTAY_DB says otherwise: %APPDATA%\SoTay\sotay.db on Windows,
// ~/Library/Application Support/SoTay/sotay.db on macOS and
// $XDG_DATA_HOME/sotay/sotay.db (~/.local/share/sotay/sotay.db) elsewhere.
// The GUI and the CLI use the same path.
func DefaultPath() string {
	switch runtime.GOOS {
	case "windows":
		if d := os.Getenv("APPDATA"); d != "" {
			return filepath.Join(d, "SoTay", "sotay.db")
		}
	case "darwin":
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, "Library", "Application Support", "SoTay", "sotay.db")
		}
	default:
		if d := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
			return filepath.Join(d, "sotay", "sotay.db")
		}
		if h, err := os.UserHomeDir(); err == nil {
			return filepath.Join(h, ".local", "share", "sotay", "sotay.db")
		}
	}
	return "sotay.db"
}

// ResolvePath picks the library path: the flag value if set, then $SOTAY_DB,
// then DefaultPath. isDefault tells the caller it may create missing folders.
func ResolvePath(flagValue string) (path string, isDefault bool) {
	if flagValue != "" {
		return flagValue, false
	}
	if env := os.Getenv(EnvDB); env != "" {
		return env, false
	}
	return DefaultPath(), true
}

// AppID is the app's identifier (FyneApp.toml's ID); the interface keeps
// its preferences under it.
const AppID = "vn.sotay.hoctap"

// SettingsPath is the app's preferences file: Fyne keeps it in the user's
// configuration folder (~/.config on Linux, %APPDATA% on Windows) under
// fyne/AppID. A backup carries it; a restore on a PC without one puts it
// back.
func SettingsPath() string {
	d, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(d, "fyne", AppID, "preferences.json")
}
