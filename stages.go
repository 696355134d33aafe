package dabir

// wire connects the stage packages to a pipeline, leaving out the stages
// opts switches off. Stage packages load their models lazily, once per
// process, so wiring is cheap.
func wire(opts Options) stages {
	var st stages
	return st
}

// Stages returns the names of the stages the pipeline runs, in order, e.g.
// ["normalize", "tokenize", "tag", "lemma", "ner", "dates"].
func (p *Pipeline) Stages() []string {
	var names []string
	add := func(on bool, name string) {
		if on {
			names = append(names, name)
		}
	}
	add(p.st.normalize != nil, "normalize")
	add(p.st.tokenize != nil, "tokenize")
	add(p.st.tag != nil, "tag")
	add(p.st.lemma != nil, "lemma")
	add(p.st.entities != nil, "ner")
	add(p.st.dates != nil, "dates")
	return names
}
