// The racing accesses are three calls deep on both sides.
package main

import (
	"fmt"
	"time"
)

type config struct {
	level int
}

var cfg = &config{}

func apply(c *config, l int) { c.level = l }

func update(l int) { apply(cfg, l) }

func reload() { update(3) }

func current() int { return cfg.level }

func report() int { return current() }

func main() {
	go reload()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(report() >= 0)
}
