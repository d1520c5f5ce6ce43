# An English speaker in Brest: the agency in Quimper is announced with its distance, phone and video first.
> hello
= consentement
>> 1
> I am unemployed, I am 35 and I live in Brest
= handicap
>> 1
>> 1
= recapitulatif
>> 1
= orientation
> book an appointment with France Travail
= modalite
~ The nearest agency in the directory is in Quimper, about 55 km from your home as the crow flies: an appointment by phone or video call saves you the journey.
~ 1. By phone
