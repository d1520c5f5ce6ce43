# An English-speaking teacher at a public school: read as a public employee from one free-text message, booked with the public employer in English.
> hello
= consentement
>> 1
> I am a teacher at a public school in Lyon, 42 years old, no disability
= recapitulatif
~ public-sector employee (national education)
~ 42 years old
~ Lyon (Rhône, 69)
>> 1
= orientation
~ your public employer
>> 1
= modalite
>> 1
= creneau
~ Tuesday 1 December at
>> 1
= contact
>> 1
= confirmation
>> 1
~ Your appointment is confirmed
