// Struct types and values through reflect: fields, offsets, tags (Get and Lookup with Go's
// parsing rules), embedded structs and promoted fields, FieldByName and FieldByIndex,
// VisibleFields, unexported fields (readable, not settable, not Interface-able), and setting
// fields through a pointer.
package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID      int `json:"id" db:"pk"`
	Created string
}

type inner struct {
	Secret string
	level  int
}

type Named struct{ Name string }

type User struct {
	Base
	*Named
	inner
	Email   string            `json:"email,omitempty" validate:"required"`
	age     int               `json:"-"`
	Tags    []string          `json:"tags"`
	Attrs   map[string]string `weird:"a\"b" empty:"" spaced:"x y"`
	Flag    bool              `bad tag`
	Score   float32
	Ratio   float64 `json:"ratio,string"`
	private *User
}

type Left struct{ X, L int }
type Right struct{ X, R int }
type Both struct {
	Left
	Right
	Y int
}

func main() {
	u := User{Base: Base{ID: 7, Created: "2023"}, Named: &Named{"ann"}, inner: inner{"s3", 2},
		Email: "a@b.c", age: 30, Tags: []string{"x"}, Score: 1.5}
	t := reflect.TypeOf(u)
	fmt.Println(t, t.NumField(), t.Size())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%-8s pkg=%-5q type=%-18v off=%-3d idx=%v anon=%-5v exported=%-5v tag=%q\n",
			f.Name, f.PkgPath, f.Type, f.Offset, f.Index, f.Anonymous, f.IsExported(), f.Tag)
	}

	fmt.Println("-- tags")
	for _, name := range []string{"ID", "Email", "age", "Attrs", "Flag", "Ratio"} {
		f, _ := t.FieldByName(name)
		for _, key := range []string{"json", "db", "validate", "weird", "empty", "spaced", "missing"} {
			if v, ok := f.Tag.Lookup(key); ok {
				fmt.Printf("%s %s=%q ", name, key, v)
			}
		}
		fmt.Printf("| Get(json)=%q\n", f.Tag.Get("json"))
	}
	tags := []reflect.StructTag{`a:"1" b:"2"`, `a:"1"b:"2"`, ` a:"x\ty"`, `a:1`, `:"x"`, `a:"unterminated`, `a b:"c"`, `k:"\u00e9"`}
	for _, tag := range tags {
		v, ok := tag.Lookup("b")
		w, ok2 := tag.Lookup("a")
		k := tag.Get("k")
		fmt.Printf("%q -> b=%q,%v a=%q,%v k=%q\n", string(tag), v, ok, w, ok2, k)
	}

	fmt.Println("-- promoted fields")
	for _, name := range []string{"ID", "Created", "Name", "Secret", "level", "Email", "Base", "inner", "Nope"} {
		f, ok := t.FieldByName(name)
		fmt.Println(name, ok, f.Index, f.Type)
	}
	b := reflect.TypeOf(Both{})
	for _, name := range []string{"X", "L", "R", "Y"} {
		f, ok := b.FieldByName(name)
		fmt.Println("Both", name, ok, f.Index)
	}
	fmt.Println(t.FieldByIndex([]int{0, 1}).Name, t.FieldByIndex([]int{1, 0}).Name)
	for _, f := range reflect.VisibleFields(b) {
		fmt.Print(f.Name, f.Index, " ")
	}
	fmt.Println()
	for _, f := range reflect.VisibleFields(t) {
		fmt.Print(f.Name, f.Index, " ")
	}
	fmt.Println()
	f, ok := t.FieldByNameFunc(func(s string) bool { return len(s) == 5 && s[0] == 'E' })
	fmt.Println(f.Name, ok)

	fmt.Println("-- values")
	v := reflect.ValueOf(u)
	fmt.Println(v.NumField(), v.Field(3), v.FieldByName("ID"), v.FieldByName("Name"), v.FieldByName("Secret"))
	fmt.Println(v.FieldByIndex([]int{2, 1}).Int(), v.Field(4).Int(), v.Field(4).CanInterface(), v.Field(3).CanInterface())
	fmt.Println(v.FieldByName("Secret").CanInterface(), v.FieldByName("inner").CanInterface())
	fmt.Println(v.CanSet(), v.Field(3).CanSet(), v.Field(3).CanAddr())
	fmt.Println(v.FieldByName("Nope").IsValid())

	fmt.Println("-- setting through a pointer")
	pv := reflect.ValueOf(&u).Elem()
	pv.FieldByName("Email").SetString("new@x.y")
	pv.FieldByName("ID").SetInt(99)
	pv.FieldByName("Name").SetString("bob")
	pv.FieldByName("Secret").SetString("visible")
	pv.FieldByName("Score").SetFloat(2.25)
	pv.FieldByName("Flag").SetBool(true)
	pv.FieldByName("Tags").Set(reflect.ValueOf([]string{"a", "b"}))
	pv.FieldByName("Attrs").Set(reflect.MakeMap(reflect.TypeOf(map[string]string{})))
	pv.FieldByName("Attrs").SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf("v"))
	pv.Field(0).Set(reflect.ValueOf(Base{1, "now"}))
	fmt.Println(u.ID, u.Created, u.Email, u.Name, u.Secret, u.Score, u.Flag, u.Tags, u.Attrs)
	fmt.Println(pv.FieldByName("age").CanSet(), pv.FieldByName("level").CanSet(), pv.FieldByName("Secret").CanSet(),
		pv.FieldByName("inner").CanSet(), pv.FieldByName("Base").CanSet())
	fmt.Println(pv.FieldByName("age").Int(), pv.FieldByName("level").Int())
	addr := pv.FieldByName("Score").Addr()
	*(addr.Interface().(*float32)) = 9
	fmt.Println(u.Score, addr.Type())
	base := pv.Field(0).Addr().Interface().(*Base)
	base.ID = 555
	fmt.Println(u.ID, pv.FieldByName("ID").Int())

	old := pv.Interface().(User)
	pv.FieldByName("ID").SetInt(1)
	fmt.Println(old.ID, u.ID)

	var nilNamed User
	nv := reflect.ValueOf(&nilNamed).Elem()
	_, err := nv.FieldByIndexErr([]int{1, 0})
	fmt.Println(err)

	fmt.Println("-- printing")
	fmt.Printf("%v\n", pv.FieldByName("Base"))
	fmt.Printf("%+v\n", reflect.ValueOf(Both{Left{1, 2}, Right{3, 4}, 5}))
	fmt.Println(reflect.ValueOf(struct{ a, b int }{1, 2}).Field(1))
}
