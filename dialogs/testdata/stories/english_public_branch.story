# In English, a teacher at a public school (the branch settled by the workplace) reads whom to contact in their branch and the confidential alternatives, not the general sentence.
> hello
= consentement
>> 1
> I am a teacher at a public school in Lyon, I am 40
= recapitulatif
~ (national education)
>> 1
= orientation
~ contact the local HR advisor of your académie
~ If you prefer not to go through your employer, you can turn, confidentially, to Cap emploi (with an RQTH) or France Travail.
!~ Vous
