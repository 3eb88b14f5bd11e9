package poll

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"briefbot"
)

// pollFeed reads one feed, takes its new items and saves its state. A
// panic on the way is contained: the feed fails and backs off like any
// other failing feed, and the other feeds go on. A poll that ctx stops
// saves no state: the feed stays due, its validators unchanged, so the
// next poll reads it whole and takes the items this one did not.
func (p *Poller) pollFeed(ctx context.Context, f briefbot.Feed, now time.Time) briefbot.Feed {
	first := f.LastSuccess.IsZero()
	var fetched Fetched
	var err error
	if perr := briefbot.Contain("poll", func() {
		fetched, err = p.Feeds.ReadFeed(ctx, f)
		if err == nil && !fetched.NotModified {
			err = p.take(ctx, f, fetched, now, first)
		}
	}); perr != nil {
		err = perr
	}
	if err != nil && ctx.Err() != nil {
		p.log().Info("feed poll stopped; the next poll takes the rest", "feed", f.URL, "reason", reason(err))
		return f
	}
	p.polled(fetched, err)
	if err != nil {
		f = p.failed(ctx, f, now, err)
	} else {
		f = p.succeeded(f, fetched, now)
	}
	if err := p.Store.SaveFeedState(context.WithoutCancel(ctx), f); err != nil {
		p.log().Error("feed state not saved", "feed", f.URL, "err", err)
	}
	return f
}

// polled tells OnPoll how a poll went.
func (p *Poller) polled(fetched Fetched, err error) {
	if p.OnPoll == nil {
		return
	}
	switch {
	case err != nil:
		p.OnPoll("error")
	case fetched.NotModified:
		p.OnPoll("not_modified")
	default:
		p.OnPoll("ok")
	}
}

func (p *Poller) succeeded(f briefbot.Feed, fetched Fetched, now time.Time) briefbot.Feed {
	opt := p.Opt.withDefaults()
	f.LastCheck, f.LastSuccess = now, now
	f.Failures, f.FailingSince, f.LastError = 0, time.Time{}, ""
	if !fetched.NotModified || fetched.ETag != "" || fetched.LastModified != "" {
		f.ETag, f.LastModified = fetched.ETag, fetched.LastModified
	}
	interval := f.Interval
	if interval <= 0 {
		interval = opt.Interval
	}
	interval = min(max(interval, fetched.TTL, opt.MinInterval), opt.MaxInterval)
	f.NextCheck = now.Add(p.jitter(interval))
	return f
}

func (p *Poller) failed(ctx context.Context, f briefbot.Feed, now time.Time, err error) briefbot.Feed {
	opt := p.Opt.withDefaults()
	f.LastCheck, f.Failures, f.LastError = now, f.Failures+1, reason(err)
	if f.FailingSince.IsZero() {
		f.FailingSince = now
	}
	p.log().Warn("feed poll failed", "feed", f.URL, "failures", f.Failures, "reason", f.LastError)
	if now.Sub(f.FailingSince) >= opt.DisableAfter {
		f.Enabled = false
		p.notify(ctx, fmt.Sprintf("Feed %d (%s) has failed since %s and is now disabled: %s. Fix it and add it again with /feeds add.",
			f.ID, f.URL, f.FailingSince.Format(time.RFC1123), f.LastError))
		return f
	}
	f.NextCheck = now.Add(p.jitter(backoff(opt, f.Failures)))
	return f
}

// backoff doubles the wait after each consecutive failure, from the minimum
// interval up to MaxBackoff.
func backoff(opt Options, failures int) time.Duration {
	d := opt.MinInterval
	for i := 1; i < failures && d < opt.MaxBackoff; i++ {
		d *= 2
	}
	return min(d, opt.MaxBackoff)
}

// jitter spreads polls by ±10% so that feeds added together drift apart.
func (p *Poller) jitter(d time.Duration) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.rnd == nil {
		p.rnd = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	return d + time.Duration((p.rnd.Float64()*0.2-0.1)*float64(d))
}

// reason is the short, loggable cause of a failure.
func reason(err error) string {
	if msg := briefbot.ErrorMessage(err); briefbot.ErrorCode(err) != briefbot.EInternal {
		return msg
	}
	return err.Error()
}

func (p *Poller) notify(ctx context.Context, text string) {
	p.log().Warn("feed disabled", "notice", text)
	if p.Notify != nil {
		p.Notify(ctx, text)
	}
}
