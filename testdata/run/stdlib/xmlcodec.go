// encoding/xml (Go 1.19's source): Marshal with attributes, nested paths, comments,
// embedded structs and slices; Unmarshal and its errors; the token stream of a Decoder.
package main

import (
	"encoding/xml"
	"fmt"
	"os"
	"strings"
)

type Address struct {
	City, State string
}

type Person struct {
	XMLName   xml.Name `xml:"person"`
	Id        int      `xml:"id,attr"`
	FirstName string   `xml:"name>first"`
	LastName  string   `xml:"name>last"`
	Age       int      `xml:"age"`
	Height    float32  `xml:"height,omitempty"`
	Married   bool
	Address
	Comment string   `xml:",comment"`
	Emails  []string `xml:"email"`
}

func main() {
	v := &Person{Id: 13, FirstName: "John", LastName: "Doe", Age: 42, Comment: " Need more details. ", Emails: []string{"a@b", "c&d"}}
	v.Address = Address{"Hanga Roa", "Easter Island"}
	out, err := xml.MarshalIndent(v, " ", "  ")
	if err != nil {
		fmt.Println(err)
	}
	os.Stdout.Write(out)
	fmt.Println()
	var p Person
	err = xml.Unmarshal(out, &p)
	fmt.Println(err, p.FirstName, p.LastName, p.Age, p.City, p.Emails, p.Id)
	err = xml.Unmarshal([]byte("<person><age>x</age></person>"), &p)
	fmt.Println(err)
	err = xml.Unmarshal([]byte("<person><age>1</person>"), &p)
	fmt.Println(err)
	d := xml.NewDecoder(strings.NewReader("<a x='1'><b>t</b><!-- c --><?pi z?></a>"))
	for {
		tok, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T %v\n", tok, tok)
	}
}
