// Package errors as gort runs it: New, Unwrap, Is and As.
//
// Models Go 1.19's errors/errors.go and errors/wrap.go. The reflection that Is and As need
// (is the target's type comparable; is err assignable to *target's type, and the store into
// *target) is done by natives in src/stdlib/native/errors.ts.
package errors

// New returns an error that formats as the given text.
// Each call to New returns a distinct error value even if the text is identical.
func New(text string) error {
	return &errorString{text}
}

// errorString is a trivial implementation of error.
type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// Unwrap returns the result of calling the Unwrap method on err, if err's
// type contains an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error {
	u, ok := err.(interface {
		Unwrap() error
	})
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// comparable reports whether the dynamic type of target is comparable.
func comparable(target error) bool

// Is reports whether any error in err's chain matches target.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// checkAsTarget panics as Go's As does when target is not a non-nil pointer to an interface
// type or to a type implementing error.
func checkAsTarget(target any)

// assignTo stores err into *target and reports true when err's dynamic type is assignable to
// *target's type.
func assignTo(err error, target any) bool

// As finds the first error in err's chain that matches target, and if one is found, sets
// target to that error value and returns true. Otherwise, it returns false.
func As(err error, target any) bool {
	checkAsTarget(target)
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
