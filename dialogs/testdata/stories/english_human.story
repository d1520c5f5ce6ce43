# An English speaker asks for a human: one question, how to be contacted, the request recorded with the contacts.
> hello
>> 1
> I want to talk to a real person
= conseiller_situation
~ one question only
> I am an employee
# The regional operator depends on the place: asked once.
= conseiller_lieu
~ postcode
> Rennes
= conseiller_contact
> john@example.com
= conseiller_pause
~ your contact request is recorded
~ by e-mail at john@example.com
~ Phone:
