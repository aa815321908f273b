package geometry

import "fmt"

// DimError reports a bad dimension.
type DimError struct {
	Field string
	Value float64
}

func (e *DimError) Error() string { return fmt.Sprintf("geometry: bad %s %g", e.Field, e.Value) }

func NewRect(w, h float64) (Rect, error) {
	if w <= 0 {
		return Rect{}, fmt.Errorf("new rect: %w", &DimError{"width", w})
	}
	if h <= 0 {
		return Rect{}, fmt.Errorf("new rect: %w", &DimError{"height", h})
	}
	made++
	return Rect{W: w, H: h}, nil
}

func check(r Rect, err error) Rect {
	if err != nil {
		panic(err)
	}
	return r
}

// MustRect panics when the dimensions are bad.
func MustRect(w, h float64) Rect {
	return check(NewRect(w, h))
}
