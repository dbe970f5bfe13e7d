# Sổ tay học tập. The two commands that matter:
#   make run    install what is missing, build, open the app on your library
#   make test   vet, staticcheck, go test -race, and the GUI smoke test
# The build tag sqlite_fts5 is set here once for every target: changing
# tags recompiles SQLite (about a minute), so nothing else should set them.

GO          ?= go
TAGS        := sqlite_fts5
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
FYNE        := fyne.io/tools/cmd/fyne@v1.7.4
VERSION     := $(shell sed -n 's/^ *Version = "\(.*\)"/\1/p' FyneApp.toml)

.PHONY: run build test vet lint unit smoke bench package windows windows-installer clean deps-build deps-run deps-test

run: deps-run build
	./bin/sotay $(if $(DB),--db $(DB))

build:
	$(GO) build -tags $(TAGS) -o bin/sotay ./cmd/sotay
	$(GO) build -tags $(TAGS) -o bin/sotayctl ./cmd/sotayctl

test: deps-test vet lint unit smoke

deps-build:
	@scripts/deps.sh build

deps-run:
	@scripts/deps.sh run

deps-test:
	@scripts/deps.sh test

vet:
	$(GO) vet -tags $(TAGS) ./...

lint:
	$(GO) run $(STATICCHECK) -tags $(TAGS) ./...

unit:
	$(GO) test -race -timeout 25m -tags $(TAGS) ./...
	$(GO) test -tags $(TAGS) -run 'TestFiftyThousandRows' ./library/quiz/
	$(GO) test -tags $(TAGS) -run 'TestBombs|TestDecompressionBombs' ./cmd/sotayctl/ ./internal/pdftext/

smoke: build
	scripts/smoke.sh bin/sotay build/smoke

bench:
	$(GO) test -tags $(TAGS) -run '^$$' -bench . -benchmem ./...

# Linux tarball through the fyne tool, which reads FyneApp.toml from the main
# package's folder: copy it (and the icon) there first.
package: deps-build
	cp FyneApp.toml cmd/sotay/FyneApp.toml
	cp assets/icon.png cmd/sotay/Icon.png
	sed -i 's#assets/icon.png#Icon.png#' cmd/sotay/FyneApp.toml
	cd cmd/sotay && $(GO) run $(FYNE) package --os linux --release --tags $(TAGS) --name sotay
	# sotayctl goes in beside sotay (scripts, backups, packs), and into the
	# tarball's own Makefile (make install / user-install).
	scripts/package-linux.sh cmd/sotay/sotay.tar.xz dist/sotay-$(VERSION)-linux-amd64.tar.xz
	rm cmd/sotay/sotay.tar.xz
	@ls -l dist/sotay-$(VERSION)-linux-amd64.tar.xz && tar -tJf dist/sotay-$(VERSION)-linux-amd64.tar.xz | grep bin/

# Windows executable, cross-compiled with MinGW; no console window.
windows:
	@scripts/deps.sh windows
	mkdir -p dist
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		$(GO) build -tags $(TAGS) -ldflags '-H windowsgui -s -w' -o dist/sotay.exe ./cmd/sotay
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
		$(GO) build -tags $(TAGS) -ldflags '-s -w' -o dist/sotayctl.exe ./cmd/sotayctl
	@ls -l dist/sotay.exe dist/sotayctl.exe

# Windows installer (NSIS): both programs, Vietnamese Start-menu and desktop
# shortcuts, the .sotay file type, an uninstaller that keeps the library.
windows-installer: windows
	makensis -V2 -DVERSION=$(VERSION) -DDIST=$(CURDIR)/dist packaging/windows/sotay.nsi
	@ls -l dist/SoTay-$(VERSION)-setup.exe

clean:
	rm -rf bin build dist cmd/sotay/FyneApp.toml cmd/sotay/Icon.png
