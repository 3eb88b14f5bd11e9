package summarize

import (
	"sync"

	"briefbot/lang"
)

// givenNames are common first names (and East Asian family names, written
// first), so that a name opening a sentence is read as one even when the
// article names that person only once. These few also join a couple ("Mark
// and Lucy Hale") and stay a name before a demonym ("Christian Horner").
var givenNames = setOf(`aaron abdel abdul abdullah abu adam adrian ahmad ahmed aisha alain alan
	albert alex alexander alexandre alexis alfred ali alice alicia alina amanda amy ana andré
	andrea andrew andrés andy angela angelina ann anna anne annie anthony antoine antonio antony
	ariel arnaud arthur ashley aurélie barack barbara ben benjamin benoît bernard bernie beth
	betty bill bob boris brad brian bruce bruno camille carl carlos carmen caroline catherine
	cécile charles charlie chloé chris christian christine christophe christopher claire claude
	claudia colin cristina damien daniel danielle david deborah denis diana diane didier diego
	dmitri dominique donald dorothy douglas edouard édouard edward elena élisabeth elizabeth ella
	emily emma emmanuel eric éric erik estelle ethan eva fabien fabrice fatima felipe fernando
	florence florian francis françois frank franck frédéric gabriel gary george georges gérard
	gilles giorgia giuseppe grace greg guillaume hans harry hassan hélène henri henry hillary
	hugo ian igor isabelle ivan jack jacques james jan jane janet jason jean jean-claude
	jean-luc jean-marc jean-marie jean-michel jean-pierre jeff jennifer jeremy jérôme jessica
	jim jimmy joe joël john johnny jonathan jordan jorge josé joseph josh joshua juan judith
	julia julian julie julien justin karen karim kate katherine kathy keith kelly ken kevin kim
	kimi kristina lars laura laurent lea léa leo léon lewis linda lisa louis louise luc luca
	lucas lucie luis lydia madeleine manuel marc marcel marco marcus margaret maria marie marine
	mario mark martin mary mathieu matthew matthieu max maxime melania michael michel michelle
	miguel mike mohamed mohammed muhammad nadia nancy natalia nathalie nick nicola nicolas nico
	nicole nina olaf olivia olivier omar oscar pablo pascal patricia patrick paul paula pedro
	peter petr philip philippe pierre rachel rafael ralph raphaël rebecca richard rishi robert
	roberto robin roger ronald rosa ruth ryan sadiq salim sam samuel sandra sarah sebastian
	sébastien serge sergei sergey sophie stéphane stephen steve steven susan sylvie taro ted
	theresa thierry thomas tim timothy tom tony ursula valérie vanessa victor vincent virginie
	vladimir walter william xavier yann yannick yoko youssef yuri yves zoé
	park lee choi jung kang cho yoon jang lim han shin seo kwon hwang song wang li zhang liu chen
	yang huang zhao wu zhou xu sun zhu hu guo lin luo xi nguyen tran le pham`)

// firstNames are givenNames and the language layer's longer list, which
// a word opening a sentence may be a name by.
var firstNames = sync.OnceValue(func() lang.Set {
	out := make(lang.Set, len(givenNames)+len(lang.FirstNames()))
	for _, set := range []lang.Set{givenNames, lang.FirstNames()} {
		for w := range set {
			out[w] = true
		}
	}
	return out
})
