package summarize

import "briefbot/lang"

// Weighing actors against the main event.
const (
	bystanderWeight = 0.5 // share of its score an organisation keeps when it only reports or frames the event
	crowdSize       = 2   // actors central to the event after which the floor rises
	crowdFloor      = 0.5 // share of the best score an actor needs once crowdSize actors are named
)

// demoteBystanders lowers the organisations that never act while named
// people do: one named only as the source of the report ("le ministère a
// annoncé que…", "according to the agency") or as the complement of a noun
// ("les résolutions du Conseil de sécurité", "the resolutions of the Council").
func demoteBystanders(actors []*actor) {
	for _, a := range actors {
		if a.kind == orgActor && a.sourced+a.object >= a.count && peopleAct(actors, a) {
			a.best *= bystanderWeight
			a.total *= bystanderWeight
		}
	}
}

// peopleAct reports whether a person named neither only as a source nor
// only as a complement is named at least as centrally as org.
func peopleAct(actors []*actor, org *actor) bool {
	for _, p := range actors {
		if p.kind == personActor && p.sourced+p.object < p.count && p.best >= org.best {
			return true
		}
	}
	return false
}

// floorFor is the score an actor needs to join top, the actors already
// chosen: a quarter of the best score, and half of it once two actors at
// least that central are named, so that background figures do not pad a
// list the main event already fills.
func floorFor(top []*actor, best float64) float64 {
	central := 0
	for _, a := range top {
		if a.score() >= crowdFloor*best {
			central++
		}
	}
	if central >= crowdSize {
		return crowdFloor * best
	}
	return whoFloor * best
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// namesPlace reports whether a name is written as a place: a natural
// feature ("Han River", "Lac Léman") or a French region ("Asie du
// Sud-Est"). Organisations keep their names: "Banque du Sud".
func namesPlace(words []string, display string) bool {
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		if orgWords[w] {
			return false
		}
	}
	last := words[len(words)-1]
	return naturalFeatures[last] || frenchRegion(last, display) || compassOfPlace(words[0], display)
}

// naturalFeatures end the names of rivers, lakes, mountains and seas.
var naturalFeatures = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Names.Features })
