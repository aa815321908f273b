// Maps whose values are structs, slices and maps: struct values must be
// copied out and written back, slices and maps are references.
package main

import "fmt"

type account struct {
	name    string
	balance int
}

func main() {
	accts := map[int]account{1: {"ann", 10}, 2: {"bob", 20}}
	a := accts[1]
	a.balance += 5
	fmt.Println(accts[1].balance, a.balance)
	accts[1] = a
	fmt.Println(accts)
	ptrs := map[string]*account{"c": {"cy", 1}}
	ptrs["c"].balance = 99
	fmt.Println(*ptrs["c"])
	groups := map[string][]int{}
	groups["even"] = append(groups["even"], 2, 4)
	groups["odd"] = append(groups["odd"], 1)
	groups["even"] = append(groups["even"], 6)
	fmt.Println(groups, len(groups["none"]))
	graph := map[string]map[string]bool{}
	addEdge := func(a, b string) {
		if graph[a] == nil {
			graph[a] = map[string]bool{}
		}
		graph[a][b] = true
	}
	addEdge("x", "y")
	addEdge("x", "z")
	addEdge("y", "z")
	fmt.Println(graph, graph["x"]["z"], graph["z"]["x"])
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "p", {2, 1}: "q"}
	fmt.Println(km[key{1, 2}], km[key{2, 1}], km)
	am := map[[2]string]int{{"a", "b"}: 1}
	am[[2]string{"a", "b"}]++
	fmt.Println(am)
}
