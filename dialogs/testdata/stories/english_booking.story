# An English speaker: the dialogue in English, a phone appointment with the number read back.
> hello
= consentement
~ Hello, I am the reception assistant
~ Do you agree?
>> 1
> I am unemployed, I am 35 and I live in Lille
= handicap
~ Optional question
>> 1
>> 1
= recapitulatif
~ job seeker
>> 1
= orientation
~ You are looking for a job: France Travail
~ information in French
> book an appointment with France Travail
= modalite
> by phone
= creneau
~ Tuesday 1 December at
>> 1
= contact
~ What is your number?
> 06 12 34 56 78
= confirmation
~ The advisor will call you on 06 12 34 56 78.
>> 1
~ Your appointment is confirmed
