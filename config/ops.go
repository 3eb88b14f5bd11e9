package config

import (
	"fmt"
	"net"
	"strconv"
)

func (o Ops) validate() []error {
	if o.Listen == "" {
		return nil
	}
	_, port, err := net.SplitHostPort(o.Listen)
	if n, perr := strconv.Atoi(port); err != nil || perr != nil || n < 0 || n > 65535 {
		return []error{fmt.Errorf("ops.listen: %q is not host:port, such as 127.0.0.1:9464", o.Listen)}
	}
	return nil
}
