package slack

import (
	"context"

	slackapi "github.com/slack-go/slack"

	"github.com/cep-accueil/cepbot/bot"
)

// ActionCallerStart is the App Home button « Prendre un rendez-vous pour un
// appelant »: it starts the reception dialogue for a caller in the staff
// member's DM with the app.
const ActionCallerStart = "caller:start"

// callerChoice is the dialogue's button value that starts the caller mode
// (dialogs.CallerCommand; TestCallerFromAppHome fails if they differ).
const callerChoice = "cmd:appelant"

// callerHomeBlock is the App Home's button to book for a caller.
func (a *Adapter) callerHomeBlock() slackapi.Block {
	btn := slackapi.NewButtonBlockElement(ActionCallerStart, "start", plain(a.ct().CallerStart)).WithStyle(slackapi.StylePrimary)
	return slackapi.NewActionBlock("home-caller", btn)
}

// acceptCallerStart queues the caller mode's start for a staff member.
func (a *Adapter) acceptCallerStart(ctx context.Context, cb slackapi.InteractionCallback, wait bool) bool {
	user := cb.User.ID
	if user == "" {
		return true
	}
	return a.enqueue(ctx, "caller:"+user, wait, func(ctx context.Context) {
		key := cb.TriggerID
		if key == "" && len(cb.ActionCallback.BlockActions) > 0 {
			key = cb.ActionCallback.BlockActions[0].ActionTs + ":" + user
		}
		if a.claim(ctx, "slack:action:"+key) {
			a.onCallerStart(ctx, user, key)
		}
	})
}

// onCallerStart posts the choice in the user's DM with the app (chat.postMessage
// to a user id opens it and answers with its channel id), then runs the
// dialogue's caller command there. As in a DM, where the phrase can be
// typed, every member of the workspace is staff: reception staff who are
// not in the directory book for callers too.
func (a *Adapter) onCallerStart(ctx context.Context, user, key string) {
	text := "✔ " + Escape(a.ct().CallerStart)
	var dm string
	err := a.call(ctx, func() error {
		var err error
		dm, _, err = a.api.PostMessageContext(ctx, user, slackapi.MsgOptionText(text, false))
		return err
	})
	if err != nil || dm == "" {
		a.o.logger.Warn("slack: opening the DM for a caller failed", "err", err)
		return
	}
	hp := a.handler.Load()
	if hp == nil {
		return
	}
	a.rememberDM(ctx, dm, user)
	in := bot.Inbound{Channel: Channel, Conversation: dm, User: user, UpdateID: "caller:" + key, Choice: callerChoice}
	if err := (*hp).Handle(ctx, in); err != nil {
		a.o.logger.Warn("slack: caller turn failed", "err", err)
	}
}
