package meeting

import (
	"net"
	"strings"
)

// LANAddress is the address phones on the office network reach this PC
// at: the first private IPv4 address of an interface that is up, else the
// first other non-loopback one, else 127.0.0.1.
func LANAddress() string {
	ifaces, err := net.Interfaces()
	if err != nil {
		return "127.0.0.1"
	}
	other := ""
	for _, ifc := range ifaces {
		if ifc.Flags&net.FlagUp == 0 || ifc.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := ifc.Addrs()
		for _, a := range addrs {
			ipn, ok := a.(*net.IPNet)
			if !ok || ipn.IP.To4() == nil {
				continue
			}
			if ipn.IP.IsPrivate() {
				return ipn.IP.String()
			}
			if other == "" {
				other = ipn.IP.String()
			}
		}
	}
	if other != "" {
		return other
	}
	return "127.0.0.1"
}

// URL is the page's address for a bound listener address: a wildcard
// address is replaced by the LAN address phones can reach.
func URL(bound net.Addr) string {
	host, port, err := net.SplitHostPort(bound.String())
	if err != nil {
		return "http://" + bound.String() + "/"
	}
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = LANAddress()
	}
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return "http://" + host + ":" + port + "/"
}
