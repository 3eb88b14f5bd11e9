package storetest

import (
	"fmt"
	"reflect"
	"slices"
	"testing"
	"time"

	"briefbot"
)

var (
	memoryTests = []test{
		{"BriefAndTurns", testRecallBriefAndTurns},
		{"Forgets", testRecallForgets},
		{"BriefReplaced", testRememberBriefReplaces},
		{"InvalidChat", testMemoryInvalidChat},
	}
	subscriptionTests = []test{
		{"UpdatesAndLimits", testSubscribeUpdatesAndLimits},
		{"ListsAndUnsubscribes", testSubscriptionsList},
		{"PauseAndResume", testPauseAndResume},
		{"ChatZone", testChatZone},
		{"ChatLanguage", testChatLanguage},
		{"Language", testSubscriptionLanguage},
		{"InvalidChat", testSubscriptionInvalidChat},
	}
	chatTests = []test{
		{"Move", testMoveChat},
	}
)

var (
	console = briefbot.ChatRef{Platform: "console", ID: "local"}
	chat42  = briefbot.ChatRef{Platform: "telegram", ID: "42"}
	chat43  = briefbot.ChatRef{Platform: "telegram", ID: "43"}
)

func mustRecall(tb testing.TB, s briefbot.Store, chat briefbot.ChatRef, now time.Time) briefbot.Memory {
	tb.Helper()
	m, err := s.Recall(tb.Context(), chat, now)
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

func testRecallBriefAndTurns(t *testing.T, open opener) {
	s := open(t)
	a := mustAdd(t, s, article("Seoul subway", "Seoul runs late trains."))
	b := mustAdd(t, s, article("Tokyo bus", "Tokyo tries driverless buses."))
	mustDo(t, s.RememberBrief(t.Context(), console, "korea", []int64{b, a, 999}, day0))
	for i := range briefbot.MaxTurns + 2 {
		turn := briefbot.Turn{Question: fmt.Sprintf("q%d", i), Answer: fmt.Sprintf("a%d", i), At: day0.Add(time.Duration(i) * time.Minute)}
		mustDo(t, s.RememberTurn(t.Context(), console, turn))
	}
	m := mustRecall(t, s, console, day0.Add(time.Hour))
	if m.Topic != "korea" || !m.BriefAt.Equal(day0) || !slices.Equal(articleIDs(m.Articles), []int64{b, a}) {
		t.Errorf("Recall brief = %q at %v, articles %v; want korea at %v, articles %d then %d (999 is not stored)",
			m.Topic, m.BriefAt, articleIDs(m.Articles), day0, b, a)
	}
	if len(m.Articles) == 2 && m.Articles[0].Text != "Tokyo tries driverless buses." {
		t.Errorf("remembered article %+v, want it in full", m.Articles[0])
	}
	if got, want := len(m.Turns), briefbot.MaxTurns; got != want {
		t.Fatalf("Recall kept %d turns, want %d", got, want)
	}
	for i, turn := range m.Turns {
		want := briefbot.Turn{Question: fmt.Sprintf("q%d", i+2), Answer: fmt.Sprintf("a%d", i+2), At: day0.Add(time.Duration(i+2) * time.Minute)}
		if turn.Question != want.Question || turn.Answer != want.Answer || !turn.At.Equal(want.At) {
			t.Errorf("turn %d = %+v, want %+v (the last ones, oldest first)", i, turn, want)
		}
	}
	t.Run("a deleted article is left out", func(t *testing.T) {
		if _, err := s.DeleteSeenBefore(t.Context(), day0.Add(time.Second)); err != nil {
			t.Fatal(err)
		}
		if m := mustRecall(t, s, console, day0.Add(time.Hour)); m.Topic != "korea" || len(m.Articles) != 0 {
			t.Errorf("Recall = %q with %d articles; want korea with none", m.Topic, len(m.Articles))
		}
	})
}

func testRecallForgets(t *testing.T, open opener) {
	s := open(t)
	a := mustAdd(t, s, article("Seoul subway", "Seoul runs late trains."))
	mustDo(t, s.RememberBrief(t.Context(), chat42, "korea", []int64{a}, day0))
	mustDo(t, s.RememberTurn(t.Context(), chat42, briefbot.Turn{Question: "q", Answer: "a", At: day0}))
	for _, tc := range []struct {
		name     string
		chat     briefbot.ChatRef
		now      time.Time
		remember bool
	}{
		{"at the end of the memory", chat42, day0.Add(briefbot.MemoryTTL), true},
		{"expired", chat42, day0.Add(briefbot.MemoryTTL + time.Second), false},
		{"another chat", chat43, day0, false},
		{"another platform", briefbot.ChatRef{Platform: "discord", ID: "42"}, day0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := mustRecall(t, s, tc.chat, tc.now)
			if got := m.Topic != "" && len(m.Articles) == 1 && len(m.Turns) == 1; got != tc.remember {
				t.Errorf("Recall = %+v; want remembered %v", m, tc.remember)
			}
			if !tc.remember && !reflect.DeepEqual(m, briefbot.Memory{}) {
				t.Errorf("Recall = %+v; want the zero memory", m)
			}
		})
	}
}

func testRememberBriefReplaces(t *testing.T, open opener) {
	s := open(t)
	a := mustAdd(t, s, article("Seoul subway", "Seoul runs late trains."))
	b := mustAdd(t, s, article("Tokyo bus", "Tokyo tries driverless buses."))
	mustDo(t, s.RememberBrief(t.Context(), console, "korea", []int64{a, b}, day0))
	mustDo(t, s.RememberBrief(t.Context(), console, "japan", []int64{b}, day0.Add(time.Minute)))
	m := mustRecall(t, s, console, day0.Add(time.Minute))
	if m.Topic != "japan" || !m.BriefAt.Equal(day0.Add(time.Minute)) || !slices.Equal(articleIDs(m.Articles), []int64{b}) {
		t.Errorf("Recall = %q at %v with %v; want japan with [%d]", m.Topic, m.BriefAt, articleIDs(m.Articles), b)
	}
	mustDo(t, s.RememberBrief(t.Context(), console, "nothing", nil, day0.Add(time.Minute)))
	if m := mustRecall(t, s, console, day0.Add(time.Minute)); m.Topic != "nothing" || len(m.Articles) != 0 {
		t.Errorf("Recall = %q with %d articles; want an empty brief", m.Topic, len(m.Articles))
	}
}

func testMemoryInvalidChat(t *testing.T, open opener) {
	s := open(t)
	for _, chat := range []briefbot.ChatRef{{}, {Platform: "telegram"}, {ID: "42"}} {
		checkCode(t, s.RememberBrief(t.Context(), chat, "x", nil, day0), briefbot.EInvalid)
		checkCode(t, s.RememberTurn(t.Context(), chat, briefbot.Turn{Question: "q", At: day0}), briefbot.EInvalid)
	}
}

func testSubscribeUpdatesAndLimits(t *testing.T, open opener) {
	s := open(t)
	first := mustSubscribe(t, s, subscription(chat42, "korea"))
	if first.ID <= 0 || first.Paused != "" || first.LastDate != "" || !first.LastDigest.IsZero() {
		t.Errorf("new subscription %+v, want an id, active, never delivered", first)
	}
	update := briefbot.Subscription{Chat: chat42, Topic: "korea", LocalTime: "07:30", Zone: "Europe/Paris", NotifyEmpty: true, Created: day0.Add(time.Hour)}
	again := mustSubscribe(t, s, update)
	if again.ID != first.ID || again.LocalTime != "07:30" || again.Zone != "Europe/Paris" || !again.NotifyEmpty || !again.Created.Equal(day0) {
		t.Errorf("resubscribing gave %+v, want subscription %d moved to 07:30 Europe/Paris, created at %v", again, first.ID, day0)
	}
	for i := 1; i < briefbot.MaxSubscriptionsPerChat; i++ {
		mustSubscribe(t, s, subscription(chat42, fmt.Sprint("topic ", i)))
	}
	_, err := s.Subscribe(t.Context(), subscription(chat42, "one too many"))
	checkCode(t, err, briefbot.EInvalid)
	mustSubscribe(t, s, subscription(chat42, "korea")) // an update still works
	mustSubscribe(t, s, subscription(chat43, "korea")) // another chat has its own limit
	if n, err := s.Unsubscribe(t.Context(), chat42, ""); err != nil || n != briefbot.MaxSubscriptionsPerChat {
		t.Errorf("unsubscribe all: %d, %v; want %d", n, err, briefbot.MaxSubscriptionsPerChat)
	}
	mustSubscribe(t, s, subscription(chat42, "one too many")) // room again
}

func testSubscriptionsList(t *testing.T, open opener) {
	s := open(t)
	zeta := mustSubscribe(t, s, subscription(chat42, "zeta"))
	other := mustSubscribe(t, s, subscription(chat43, "korea"))
	alpha := mustSubscribe(t, s, subscription(chat42, "alpha"))
	subs, err := s.Subscriptions(t.Context(), chat42)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 2 || subs[0] != alpha || subs[1] != zeta {
		t.Errorf("Subscriptions = %+v, want alpha then zeta as stored", subs)
	}
	all, err := s.AllSubscriptions(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if got, want := subIDs(all), []int64{zeta.ID, other.ID, alpha.ID}; !slices.Equal(got, want) || !ascending(got) {
		t.Errorf("AllSubscriptions ids = %v, want %v, by id", got, want)
	}
	for _, tc := range []struct {
		topic string
		want  int
	}{{"missing", 0}, {"zeta", 1}, {"zeta", 0}} {
		if n, err := s.Unsubscribe(t.Context(), chat42, tc.topic); err != nil || n != tc.want {
			t.Errorf("Unsubscribe(%q) = %d, %v; want %d", tc.topic, n, err, tc.want)
		}
	}
	if subs, _ := s.Subscriptions(t.Context(), chat42); !slices.Equal(subIDs(subs), []int64{alpha.ID}) {
		t.Errorf("after unsubscribing zeta: %+v, want alpha", subs)
	}
	if subs, _ := s.Subscriptions(t.Context(), briefbot.ChatRef{Platform: "console", ID: "42"}); len(subs) != 0 {
		t.Errorf("a chat of the same id on another platform has %+v", subs)
	}
}

func subIDs(subs []briefbot.Subscription) []int64 {
	ids := []int64{}
	for _, s := range subs {
		ids = append(ids, s.ID)
	}
	return ids
}

func testPauseAndResume(t *testing.T, open opener) {
	s := open(t)
	korea := mustSubscribe(t, s, subscription(chat42, "korea"))
	mustSubscribe(t, s, subscription(chat42, "chile"))
	other := mustSubscribe(t, s, subscription(chat43, "korea"))
	mustDo(t, s.PauseChat(t.Context(), chat42, "the bot was blocked"))
	all, err := s.AllSubscriptions(t.Context())
	if err != nil || len(all) != 3 {
		t.Fatalf("AllSubscriptions = %+v, %v; want the paused ones too", all, err)
	}
	for _, sub := range all {
		want := "the bot was blocked"
		if sub.ID == other.ID {
			want = ""
		}
		if sub.Paused != want {
			t.Errorf("%s %q: paused %q, want %q", sub.Chat, sub.Topic, sub.Paused, want)
		}
	}
	resumed := mustSubscribe(t, s, subscription(chat42, "korea"))
	if resumed.ID != korea.ID || resumed.Paused != "" {
		t.Errorf("subscribing again gave %+v, want %d resumed", resumed, korea.ID)
	}
	subs, _ := s.Subscriptions(t.Context(), chat42)
	for _, sub := range subs {
		if sub.Topic == "chile" && sub.Paused == "" {
			t.Errorf("chile resumed with korea: %+v", sub)
		}
	}
}

func testChatZone(t *testing.T, open opener) {
	s := open(t)
	if z, err := s.ChatZone(t.Context(), console); err != nil || z != "" {
		t.Fatalf("zone of a new chat: %q, %v; want none", z, err)
	}
	for _, want := range []string{"Asia/Seoul", "Europe/Paris"} {
		mustDo(t, s.SetChatZone(t.Context(), console, want))
		if got, err := s.ChatZone(t.Context(), console); err != nil || got != want {
			t.Errorf("zone %q, %v; want %q", got, err, want)
		}
	}
	if z, _ := s.ChatZone(t.Context(), chat42); z != "" {
		t.Errorf("another chat's zone %q, want none", z)
	}
}

func testChatLanguage(t *testing.T, open opener) {
	s := open(t)
	if l, err := s.ChatLanguage(t.Context(), console); err != nil || l != "" {
		t.Fatalf("language of a new chat: %q, %v; want none", l, err)
	}
	for _, want := range []string{"fr", "en"} {
		mustDo(t, s.SetChatLanguage(t.Context(), console, want))
		if got, err := s.ChatLanguage(t.Context(), console); err != nil || got != want {
			t.Errorf("language %q, %v; want %q", got, err, want)
		}
	}
	if l, _ := s.ChatLanguage(t.Context(), chat42); l != "" {
		t.Errorf("another chat's language %q, want none", l)
	}
	t.Run("beside the time zone", func(t *testing.T) {
		mustDo(t, s.SetChatZone(t.Context(), chat42, "Asia/Seoul"))
		mustDo(t, s.SetChatLanguage(t.Context(), chat42, "fr"))
		mustDo(t, s.SetChatZone(t.Context(), chat42, "Europe/Paris"))
		z, _ := s.ChatZone(t.Context(), chat42)
		l, _ := s.ChatLanguage(t.Context(), chat42)
		if z != "Europe/Paris" || l != "fr" {
			t.Errorf("zone %q and language %q; want Europe/Paris and fr, each set alone", z, l)
		}
		if z, _ := s.ChatZone(t.Context(), console); z != "" {
			t.Errorf("a chat with a language only has the zone %q, want none", z)
		}
	})
	t.Run("cleared", func(t *testing.T) {
		mustDo(t, s.SetChatLanguage(t.Context(), chat42, ""))
		if l, _ := s.ChatLanguage(t.Context(), chat42); l != "" {
			t.Errorf("cleared language %q, want none", l)
		}
		if z, _ := s.ChatZone(t.Context(), chat42); z != "Europe/Paris" {
			t.Errorf("clearing the language changed the zone to %q", z)
		}
	})
	t.Run("not a language code", func(t *testing.T) {
		for _, bad := range []string{"french", "FR", "fr-FR", "1"} {
			checkCode(t, s.SetChatLanguage(t.Context(), console, bad), briefbot.EInvalid)
		}
		if l, _ := s.ChatLanguage(t.Context(), console); l != "en" {
			t.Errorf("language %q after refused changes, want en", l)
		}
	})
}

func testSubscriptionLanguage(t *testing.T, open opener) {
	s := open(t)
	sub := subscription(chat42, "korea")
	sub.Lang = "fr"
	if got := mustSubscribe(t, s, sub); got.Lang != "fr" {
		t.Errorf("subscribed with language %q, want fr", got.Lang)
	}
	sub.Lang = "en"
	mustSubscribe(t, s, sub)
	subs, err := s.Subscriptions(t.Context(), chat42)
	if err != nil || len(subs) != 1 || subs[0].Lang != "en" {
		t.Errorf("Subscriptions = %+v, %v; want korea, its language updated to en", subs, err)
	}
}

func testSubscriptionInvalidChat(t *testing.T, open opener) {
	s := open(t)
	for _, chat := range []briefbot.ChatRef{{}, {Platform: "telegram"}, {ID: "42"}} {
		_, err := s.Subscribe(t.Context(), subscription(chat, "korea"))
		checkCode(t, err, briefbot.EInvalid)
		checkCode(t, s.SetChatZone(t.Context(), chat, "UTC"), briefbot.EInvalid)
		checkCode(t, s.SetChatLanguage(t.Context(), chat, "fr"), briefbot.EInvalid)
	}
	if all, _ := s.AllSubscriptions(t.Context()); len(all) != 0 {
		t.Errorf("%d subscriptions stored, want none", len(all))
	}
}

func testMoveChat(t *testing.T, open opener) {
	s := open(t)
	group := briefbot.ChatRef{Platform: "telegram", ID: "-5"}
	super := briefbot.ChatRef{Platform: "telegram", ID: "-1005"}
	old := mustSubscribe(t, s, briefbot.Subscription{Chat: group, Topic: "korea", LocalTime: "07:00", Zone: "Asia/Seoul", Created: day0})
	mustSubscribe(t, s, briefbot.Subscription{Chat: group, Topic: "chile", LocalTime: "08:00", Zone: "UTC", Created: day0})
	mustSubscribe(t, s, briefbot.Subscription{Chat: super, Topic: "chile", LocalTime: "09:00", Zone: "UTC", Created: day0})
	a := mustAdd(t, s, article("Seoul subway", "Seoul runs late trains."))
	mustDo(t, s.SetChatZone(t.Context(), group, "Asia/Seoul"))
	mustDo(t, s.SetChatLanguage(t.Context(), group, "fr"))
	mustDo(t, s.RememberBrief(t.Context(), group, "korea", []int64{a}, day0))
	mustDo(t, s.RememberTurn(t.Context(), group, briefbot.Turn{Question: "q", Answer: "a", At: day0}))

	mustDo(t, s.MoveChat(t.Context(), group, super))

	subs, err := s.Subscriptions(t.Context(), super)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 2 || subs[0].LocalTime != "09:00" || subs[1].Topic != "korea" || subs[1].ID != old.ID {
		t.Errorf("new chat's subscriptions %+v; want its own chile at 09:00 and the moved korea", subs)
	}
	if left, _ := s.Subscriptions(t.Context(), group); len(left) != 0 {
		t.Errorf("old chat kept %d subscriptions", len(left))
	}
	if z, err := s.ChatZone(t.Context(), super); err != nil || z != "Asia/Seoul" {
		t.Errorf("new chat's zone %q, %v", z, err)
	}
	if l, err := s.ChatLanguage(t.Context(), super); err != nil || l != "fr" {
		t.Errorf("new chat's language %q, %v; want fr", l, err)
	}
	if l, _ := s.ChatLanguage(t.Context(), group); l != "" {
		t.Errorf("old chat kept its language %q", l)
	}
	m := mustRecall(t, s, super, day0.Add(time.Minute))
	if m.Topic != "korea" || len(m.Articles) != 1 || len(m.Turns) != 1 {
		t.Errorf("new chat recalls %+v; want the korea brief and one turn", m)
	}
	if m := mustRecall(t, s, group, day0.Add(time.Minute)); m.Topic != "" || len(m.Turns) != 0 {
		t.Errorf("old chat still recalls %+v", m)
	}
	mustDo(t, s.MoveChat(t.Context(), group, super)) // again: nothing left to move

	t.Run("the new chat's own memory wins", func(t *testing.T) {
		third := briefbot.ChatRef{Platform: "telegram", ID: "-7"}
		mustDo(t, s.RememberBrief(t.Context(), third, "chile", nil, day0))
		mustDo(t, s.SetChatZone(t.Context(), third, "America/Santiago"))
		mustDo(t, s.MoveChat(t.Context(), third, super))
		if m := mustRecall(t, s, super, day0.Add(time.Minute)); m.Topic != "korea" {
			t.Errorf("new chat recalls %q, want its own korea", m.Topic)
		}
		if z, _ := s.ChatZone(t.Context(), super); z != "Asia/Seoul" {
			t.Errorf("new chat's zone %q, want its own Asia/Seoul", z)
		}
	})
	t.Run("each setting the new chat has not set moves", func(t *testing.T) {
		old := briefbot.ChatRef{Platform: "telegram", ID: "-8"}
		moved := briefbot.ChatRef{Platform: "telegram", ID: "-1008"}
		mustDo(t, s.SetChatZone(t.Context(), old, "Asia/Seoul"))
		mustDo(t, s.SetChatLanguage(t.Context(), old, "fr"))
		mustDo(t, s.SetChatZone(t.Context(), moved, "Europe/Paris"))
		mustDo(t, s.MoveChat(t.Context(), old, moved))
		z, _ := s.ChatZone(t.Context(), moved)
		l, _ := s.ChatLanguage(t.Context(), moved)
		if z != "Europe/Paris" || l != "fr" {
			t.Errorf("new chat's zone %q and language %q; want its own Europe/Paris and the moved fr", z, l)
		}
	})
}
