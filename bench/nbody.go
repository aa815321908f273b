// Benchmark: a five-body gravity simulation in float64, measuring arithmetic on struct fields
// in slices. Usage: nbody [steps]; prints the energy before and after.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type body struct{ x, y, z, vx, vy, vz, mass float64 }

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

func system() []body {
	return []body{
		{0, 0, 0, 0, 0, 0, solarMass},
		{4.84, -1.16, -0.10, 1.66e-03 * daysPerYear, 7.69e-03 * daysPerYear, -6.90e-05 * daysPerYear, 9.54e-04 * solarMass},
		{8.34, 4.12, -0.40, -2.76e-03 * daysPerYear, 4.99e-03 * daysPerYear, 2.30e-05 * daysPerYear, 2.85e-04 * solarMass},
		{12.89, -15.11, -0.22, 2.96e-03 * daysPerYear, 2.37e-03 * daysPerYear, -2.96e-05 * daysPerYear, 4.36e-05 * solarMass},
		{15.37, -25.91, 0.17, 2.68e-03 * daysPerYear, 1.62e-03 * daysPerYear, -9.51e-05 * daysPerYear, 5.15e-05 * solarMass},
	}
}

func energy(bs []body) float64 {
	e := 0.0
	for i, b := range bs {
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bs); j++ {
			c := bs[j]
			dx, dy, dz := b.x-c.x, b.y-c.y, b.z-c.z
			e -= b.mass * c.mass / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func advance(bs []body, dt float64) {
	for i := range bs {
		for j := i + 1; j < len(bs); j++ {
			dx := bs[i].x - bs[j].x
			dy := bs[i].y - bs[j].y
			dz := bs[i].z - bs[j].z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			bs[i].vx -= dx * bs[j].mass * mag
			bs[i].vy -= dy * bs[j].mass * mag
			bs[i].vz -= dz * bs[j].mass * mag
			bs[j].vx += dx * bs[i].mass * mag
			bs[j].vy += dy * bs[i].mass * mag
			bs[j].vz += dz * bs[i].mass * mag
		}
	}
	for i := range bs {
		bs[i].x += dt * bs[i].vx
		bs[i].y += dt * bs[i].vy
		bs[i].z += dt * bs[i].vz
	}
}

func main() {
	n := 5000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	bs := system()
	fmt.Printf("%.9f\n", energy(bs))
	for i := 0; i < n; i++ {
		advance(bs, 0.01)
	}
	fmt.Printf("%.9f\n", energy(bs))
}
