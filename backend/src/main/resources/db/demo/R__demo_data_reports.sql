-- The reports the packs print, as documents (issue 12, decision 34; docs/reports-seed.md lists what each holds and
-- the pack's lines): Walsall's papers for its board of 13 November 2023 (items 6 to 9: the young people's "You said,
-- we did" update, the Corporate Parenting Strategy cover report, the Fostering Service annual report 2022-2023 and
-- the Adoption Service report 2022-2023) and Dudley's municipal year report 2023/2024. Words, numbering and tables
-- as printed; page headers and the extraction's stray mark-up left out. A figure the scorecard holds for the period
-- the report gives is cited (a figure block) rather than copied: the sentence keeps its words, the figure block
-- after it shows the live value; not an internal-only indicator's (the fostering pipeline, FOST_CONVERSION and
-- FOST_WITHDRAWN): the pack printed those numbers publicly, so the report's sentences print them as its own words,
-- and a citation would read as withheld to the public. Nothing invented: what a pack does not print is null.
-- Each report is public, published at version 1 (report_version 1 holds the same content, built from the row), and
-- dated as printed; a report with no printed date is dated by the meeting it was written for, the latest it can
-- have been published. The four Walsall papers of 13 November 2023 are linked from their agenda items.
-- Repeatable and idempotent: a report is found by its authority and title; a missing one is inserted; one still as
-- this script loaded it (created and last changed by 'demo data', still at version 1) takes this script's
-- corrections, with its version 1; one an officer has changed or versioned is left alone. A paper is linked only
-- while it links no report. Nothing is loaded when demo is false.
do $demo$
declare
    walsall constant varchar := 'E08000030';
    dudley constant varchar := 'E08000027';
    seed record;
    found_id bigint;
    published timestamptz;
begin
if '${demo}' <> 'true' then
    return;
end if;

for seed in select * from (values
    -- Update on action plan created by Young People (W 217-379)
    (walsall, 'other', 'Update on action plan created by Young People', null, null,
     null, null,
     $j$[]$j$::jsonb,
     $j$[
  {
    "heading": "Update on action plan created by children and young people Feb 2023",
    "blocks": [
      {
        "kind": "you-said-we-did",
        "heading": "You said, we did"
      }
    ]
  }
]$j$::jsonb,
     $j$[
  {
    "heading": "Help us to understand what our carers can agree to, what they can't and why",
    "text": "What we have done:\nThe children in care council have met with fostering managers to develop guidance for foster carers and children and young people about sleepovers and about having pets.\n\nWhat's next?\nDevelop child friendly version of the delegated authority form."
  },
  {
    "heading": "Make sure we have a fair offer of support",
    "text": "What we have done:\nRefreshed care leaver offer, updated website and started design of leaflet\nMet with Leisure services re offer for care leavers to bring friend.\nAgreed Leisure and Housing to present reports at Corporate Parenting Board\nSent out newsletter and survey for care leavers and children in care\nExtended offer of activities for care leavers- including football, separated migrant group, walking event, documentary making, young parents group, pamper day with college, art gallery event, national DOLs photography\n\nWhat's next?\nCommunication campaign regarding the local offer.\nDevelop suite of videos with young people in care and careleavers to understand process and their rights"
  },
  {
    "heading": "Make sure we have help to make us feel we fit in school.",
    "text": "What we have done:\nAppointed an Education, employment and training officer to support post 16 providers\nAppointed an attendance mentor to support children in care and care leavers who may be experiencing emotionally based school avoidance.\nCommissioned a careers advisor to work with young people aged 14-19 to advice and guidance regarding pathway in education, employment and training.\nFurther developed pathway to education, employment and training"
  },
  {
    "heading": "Help us to have more opportunities like work experience and apprenticeships that can help us to understand what our options are.",
    "text": "What's next?\nWorking with shops and businesses in Walsall to provide work experience placements for children in care – Asda have offered work experience placements in all departments of their store.\nUtilising our care leaver documentary to support promotion of opportunities for work experience and apprenticeships with partners and businesses.\nThe Virtual School are due to appoint their 4th apprentice who is care experienced.\nWe are advertising for the new participation apprentice which will be ringfenced for a care leaver."
  },
  {
    "heading": "Help us to have better lasting relationships with our family whilst in care.",
    "text": "What we have done:\nDrafted permanency pathway which includes requirement for use of keeping in touch tool.\nMandatory reunification training for all staff in family safeguarding and corporate parenting teams\nIROs reviewed family time arrangements for the children in their care\n\nWhat's next?\nDevelopment of approach regarding family networks and life-long links"
  },
  {
    "heading": "Talk to us in a way that doesn't make us feel different and is respectful",
    "text": "What we have done:\nYoung people audits and findings shared with heads of service/\nAmended a number of mosaic forms to better reflect language that cares including the child in care review form\nTraining for staff about writing to the child delivered.\nRolling programme of Total Respect training delivered.\nTraining at staff conference around child's world and language that cares. Participation and language that cares training designed and rolling out from Dec 2023\nTraining for designated teachers about writing personal education plans to the child\n\nWhat's next?\nTotal respect training for members and SLT\nDevelop approach to writing to the child so is more consistent\nContinue review of mosaic and associated forms so reflect our commitment, including annual fostering review\nMore training for our partners to support them on the journey\nLanguage that cares when thinking about equalities and diversity"
  }
]$j$::jsonb,
     date '2023-11-13'),
    -- Corporate Parenting Strategy 2022-2025 (W 381-479)
    (walsall, 'strategy', 'Corporate Parenting Strategy 2022-2025', '2022-23', null,
     'Jivan Sembi', 'Walsall Council has a duty to seek out every opportunity to support children and young people in our care. The 3-year strategy and the action plan were approved by the Board in January 2022. This report provides an update on the progress against the action plan for 2022/23 and the proposed action plan for 2023/24. The Corporate Parenting Strategy and revised Action Plan is presented to the Corporate Parenting Board for approval and assurance that we will deliver our ambition to support children in our care and care experienced leavers.

This report informs the Board of the performance of the Council as a corporate parent, and the outcomes that have been achieved for the children in its care from April 2022 to March 2023.

The Council works in partnership with others to ensure that families who need support in the community to care for their children within their family and family network. For some children this is not possible, and they become children in our care. Every councillor and officer within a council has a statutory responsibility to make good decisions for children in our care and care experienced young people (also known as care leavers) as a parent would for their own child, in this context councillors are Corporate Parents.

The corporate parenting strategy sets out our ambition for our children in care and care experienced young people, and how this will be achieved. The Corporate Parenting Action Plan will make the ambition in the strategy a reality.',
     $j$[
  "The Board committee note the progress against the action plan for 2022/23",
  "Agree the priority areas and action plan for the delivery of the strategy."
]$j$::jsonb,
     $j$[
  {
    "heading": "Reason for bringing to the Corporate Parenting Board",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "To agree the Board's shared partnership ambition for children in our care and care experienced young people"
      },
      {
        "kind": "paragraph",
        "text": "To support Walsall Council in meeting its legal responsibilities in regard children in our care and care experienced young people."
      }
    ]
  },
  {
    "heading": "Background papers",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "None"
      }
    ]
  },
  {
    "heading": "Resource and legal considerations",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There are no resource implications associated with the development of the strategy."
      },
      {
        "kind": "paragraph",
        "text": "The Council has various duties under the Children Act 1989 to children in its care and to children and young people who leave its care. It also has a duty under s 1 Children and Social Work Act 2017, in carrying out functions in relation to the children and young people in its care and formerly in its care who meet statutory criteria to have regard to the seven corporate parenting principles."
      }
    ]
  },
  {
    "heading": "Council Corporate Plan Priorities",
    "blocks": [
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Children have the best possible start and are safe from harm, happy, healthy and learning well.",
          "People have increased independence, improved health and can positively contribute to their communities."
        ]
      }
    ]
  },
  {
    "heading": "Citizen impact",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The services and the improvements play a key role in the quality of life and outcomes for the children, young people and families of Walsall."
      },
      {
        "kind": "paragraph",
        "text": "The Council and its partners as Corporate Parents make critical contributions to improve outcomes."
      }
    ]
  },
  {
    "heading": "Environmental impact",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There are no environmental implications associated with the development of the strategy."
      }
    ]
  },
  {
    "heading": "Performance management",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The delivery of the strategy will be monitored through the Corporate Parenting Board."
      }
    ]
  },
  {
    "heading": "Reducing inequalities",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Successful delivery of a strategy to improve outcomes for children in care and care leavers will have a significantly positive impact on the outcomes of one of the most vulnerable groups."
      }
    ]
  },
  {
    "heading": "Consultation",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The children in care council is one of the key forums through which services for children in our care and care experienced young people seek to consult on service delivery and where children and young people are able to shape and influence the parenting they receive at every level."
      }
    ]
  },
  {
    "number": "1.0",
    "heading": "Background",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "1.1 This strategy highlights the collective responsibility we all have in fulfilling our duty as corporate parents. The strategy outlines the mission, vision and values that we will uphold and sets out our key priorities and actions we will take to achieve them, identifying measures that will tell us whether we have been successful."
      },
      {
        "kind": "paragraph",
        "text": "1.2 Corporate parenting refers to the shared responsibility across the Council to ensure that children and young people in our care or leaving care are supported to thrive. Children in our care and care experienced young people are vulnerable individuals who often have difficult and traumatic experiences in some of the most formative years of their lives."
      },
      {
        "kind": "paragraph",
        "text": "1.3 This Corporate Parenting Strategy is informed by the views of Children in Care Council and was agreed by the Board in 2022. It is aligned with Corporate Plan and the changed legislative and national policy context. The Children and Social Work Act 2017 guides the actions of corporate parents towards children in care and care leavers. These are covered in detail in Walsall's Corporate Parenting Strategy,"
      },
      {
        "kind": "paragraph",
        "text": "1.4 The Corporate Parenting Strategy sets out how the Council will deliver its role as a corporate parent and ensure that children and young people have the support, care and encouragement to reach their full potential. This report informs the Board of the performance of the Council as a corporate parent, and the outcomes that have been achieved for the children in its care from April 2022 to March 2023."
      },
      {
        "kind": "paragraph",
        "text": "Revised Strategy can be found in Appendix 1 The Action Plan for 2022/23 can be found in Appendix 2 The Action Plan for 2023/24 can be found in appendix 3"
      }
    ]
  },
  {
    "number": "2.0",
    "heading": "Policy, Legislative & Regulatory Context",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "2.1 The Children and Social Work Act 2017, defines in law, the role of corporate parents and set out seven corporate parenting principles that require all services within a local authority, including staff, elected members and partner agencies, to recognise their role as a corporate parent and encourage them to look at the support and services they provide."
      },
      {
        "kind": "paragraph",
        "text": "Our Corporate Parenting Strategy seeks to embed these principles within the council and beyond with our Partners and broader community The principles underpin everything we will do and explain how the collective ambitions for children and young people will be made real."
      },
      {
        "kind": "paragraph",
        "text": "2.2 The seven principles that local authorities must have regard to when exercising their functions in relation to looked after children and young people, as follows:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "to act in the best interests, and promote the physical and mental health and wellbeing, of those children and young people",
          "to encourage those children and young people to express their views, wishes and feelings",
          "to take into account the views, wishes and feelings of those children and young people",
          "to help those children and young people gain access to, and make the best use of, services provided by the local authority and its relevant partners",
          "to promote high aspirations, and seek to secure the best outcomes, for those children and young people",
          "for those children and young people to be safe, and for stability in their home lives, relationships and education or work; and",
          "to prepare those children and young people for adulthood and independent living.”"
        ]
      },
      {
        "kind": "paragraph",
        "text": "2.3 The key policy change for children in care and care experienced young people since 2022 is set out in the Government’s publication of Stable Homes, Built on Love Implementation Strategy which addresses the recommendations to reform Children’s Social Care, as set out in the Independent review of children’s social care: Final report; Child Protection in England; and the Children’s Social Care market study."
      },
      {
        "kind": "paragraph",
        "text": "2.4 The Stable Homes, Built on Love Implementation Strategy is built around six key pillars."
      },
      {
        "kind": "list",
        "ordered": true,
        "items": [
          "Family Help provides the right support at the right time so that children can thrive with their families",
          "A decisive multi agency child protection system",
          "Unlocking the potential of family networks",
          "Putting love, relationships and a stable home at the heart of being a child in care",
          "A valued, supported and highly skilled social worker for every child who needs one",
          "A system that continuously learns and improves, and makes better use of evidence and data"
        ]
      },
      {
        "kind": "paragraph",
        "text": "2.3 Pillar 4 which focuses on improving how we care for our children and care experienced young people has six key “missions” to improve the care system"
      },
      {
        "kind": "paragraph",
        "text": "1. Ensure strong, loving relationships for care-experienced children. The government will provide funding to increase the number of local authorities with family finding, befriending and mentoring programmes. They will also explore ways for care-experienced people to legally formalise a lifelong bond with someone they care about."
      },
      {
        "kind": "paragraph",
        "text": "2. Increase the number of local, high-quality, stable and loving homes. The government will work with local authorities to deliver a fostering recruitment and retention programme. It will set up an expert group to review standards of care, regulations and guidance and explore ways to increase financial oversight of large providers of homes. It will also pilot a regional approach to care provision through Regional Care Cooperatives (RCCs)"
      },
      {
        "kind": "paragraph",
        "text": "3. Strengthen and extend corporate parenting responsibilities across the public sector. The government has consulted on corporate parenting principles to identify areas in need of improvement and the possibility of extending the range of bodies the principles apply to."
      },
      {
        "kind": "paragraph",
        "text": "4. Improve education, employment and training outcomes."
      },
      {
        "kind": "paragraph",
        "text": "The government will look at expanding the Virtual School Head role to children in care and care leavers up to the age of 25. It will increase the funding of post 16 education for children in care and establish an accreditation scheme for providers of further education to aspire to when working with care leavers. Plans also include expanding the number of jobs and apprenticeships available to care leavers."
      },
      {
        "kind": "paragraph",
        "text": "5. Increase suitable accommodation for care leavers and reduce homelessness."
      },
      {
        "kind": "paragraph",
        "text": "Plans include increasing the leaving care allowance and removing the local connection requirement for care leavers seeking access to social housing."
      },
      {
        "kind": "paragraph",
        "text": "6. Reduce disparities in mental and physical health outcomes and improve wellbeing."
      },
      {
        "kind": "paragraph",
        "text": "Existing guidance on promoting the health and wellbeing of children in care will be updated and extended to cover care experienced young people up to the age of 25. The government will also look at supporting the training needs of social care practitioners around mental health."
      },
      {
        "kind": "paragraph",
        "text": "2.4 Stable Homes, Built on Love sets out key milestones for delivery. Phase 1 (up to the end of March 2025) will focus on addressing urgent issues, setting the national direction and laying the foundations for reform. Phase 2 will focus on embedding reform, subject to funding, parliamentary time and the outcomes of related consultations."
      },
      {
        "kind": "paragraph",
        "text": "These changes will inform the revision of our Corporate Parenting Strategy in 2024/25"
      },
      {
        "kind": "paragraph",
        "text": "2.5 The Corporate Parenting Strategy has 5 key strategic priorities: Our priorities respond directly to Our Promises, a list of commitments to children and care leavers, developed and agreed by the young people themselves and endorsed by the Corporate Parenting Board."
      },
      {
        "kind": "list",
        "ordered": true,
        "items": [
          "Safety and Permanency: All of our children and young people will be safe from harm, with stability provided through secure homes and excellent carers.",
          "Mental and Physical Health and Wellbeing: We will educate our young people to encourage a happy and healthy lifestyle, making sure that professionals work together to ensure that all their health needs are met.",
          "Education and Employment: We will champion our young people and help them succeed in education and training, supporting lifelong learning and the pursuit of their interests.",
          "Transitions and Independence: Our young people will be prepared for the world of work and supported to become active citizens when they leave care. They will be prepared for independence in the best way possible.",
          "Influence and Involvement: Children and young people are at the heart of service design, delivery and evaluation"
        ]
      }
    ]
  },
  {
    "number": "3.0",
    "heading": "Summary",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "At the core of the strategy is our intention to drive the corporate parenting principles and delivery for our children, young people, and young adults into all areas of the Council and our partners, and to unashamedly leverage all opportunities to improve the life chances of children in care and those who have left care. It reflects the high aspirations that we have and what can be achieved by everyone working together to promote the best interests of children in care and those that have left care."
      },
      {
        "kind": "paragraph",
        "text": "It is an aspirational strategy, which will be delivered through the development of an annual delivery plan and by championing this work across the whole Council and with the wider community of partners across Walsall who can make a difference to the lives of our children and young people."
      },
      {
        "kind": "paragraph",
        "text": "Walsall has a significant record of investment in services for our children in care and our care experienced young people, we have a partnership that is committed to achieving improved outcomes for our children. The strategy sets a high ambition for how we can continue to build on that investment and see meaningful transformation in the life chances of the most vulnerable in society."
      }
    ]
  }
]$j$::jsonb,
     $j$[]$j$::jsonb,
     date '2023-11-13'),
    -- Fostering Service Annual Report 2022-2023 (W 987-1176)
    (walsall, 'annual-fostering', 'Fostering Service Annual Report 2022-2023', '2022-23', 'Mark Burrows, Group Manager',
     null, null,
     $j$[]$j$::jsonb,
     $j$[
  {
    "number": "1",
    "heading": "Context (or background)",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "1.1 This report summarises the activity of the Fostering Service from 1st April 2022 to 31st March 2023."
      },
      {
        "kind": "paragraph",
        "text": "1.2 Walsall Council is committed to ensuring that, wherever possible, children are supported to live with their birth parents. Where this has not been possible and children become a child in care, it is preferable that they are placed within a family setting. It is the aim of the council that wherever possible this will be with foster carer/s home approved by Walsall rather than through commissioning an external home. Through guidance on delegated authority, there is a recognition that foster carers should be empowered to take on the day-to-day tasks of parenting in the same way as any good parent would."
      },
      {
        "kind": "paragraph",
        "text": "1.3 Foster care is subject to legislative and regulatory guidance through, The Children Act 1989, The Fostering Regulations 2011 and the Fostering National Minimum Standards 2011. It is further regulated through the Care Planning, Placement and Case Regulations 2010. The regulatory framework for fostering sets out the minimum standards expected to ensure that the care provided by foster carers is adequate to ensure that those children living within fostering homes are well cared for and achieve good outcomes."
      },
      {
        "kind": "paragraph",
        "text": "1.4 Fostering homes are referred to as either Mainstream or Connected Persons. Connected persons fostering refers to those households who provide care to a child known to them, usually a relative. Mainstream Foster Care refers to a range of households who apply to become foster carers for children not known to them. Mainstream Foster Carers include those offering both long-and short-term care and those who provide respite care. Mainstream Foster Carers can be approved to care for between 1 and 3 children at a time and can care for children of different ages."
      },
      {
        "kind": "paragraph",
        "text": "1.5 Walsall Fostering Service is located within the Children's Services Directorate of Walsall Council. The aim of the Fostering Service is to ensure that there are sufficient numbers of registered foster carers who can meet the needs of children. Fostering and family-based care are our first-choice option for the Children in Care of Walsall."
      },
      {
        "kind": "paragraph",
        "text": "1.6 The Fostering Service is managed by the Group Manager for Provider Services, and they report to the Head of Service for Corporate Parenting & Provider Services. The primary objectives for role of Group Manager are:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Responsible for the service planning and management of all local authority Fostering Services",
          "Line Manager for the Residential Services Manager who has responsibility for the Local Authority children's homes",
          "Line Manager for the Home Finding Team who are responsibility for finding external homes for Children in Care."
        ]
      },
      {
        "kind": "paragraph",
        "text": "1.7 During this reporting period, the Fostering Service received investment to create the following posts:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Training & Development Officer (part time)",
          "Senior Practitioner for the SGO Support Hub",
          "Social Worker (part time) for the SGO Support Hub",
          "2 Child & Family Support Worker posts for the SGO Support Hub"
        ]
      }
    ]
  },
  {
    "number": "2",
    "heading": "Overview of Achievements in 2022/23",
    "blocks": [
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Sustained workforce stability and reduced reliance on agency workers in the Fostering Service",
          "Launched the Foster Carer Telephone Support Line",
          "Increased the Fostering Fee Payment between 7.5% and 20%",
          "Increased weekly fostering allowances by 12.4%",
          "Increased additional allowances by 5%",
          "Increased the mileage rate for foster carers to 45p per mile",
          "Secured agreement that from April 2023, Walsall Foster Carers living in Walsall will be exempt from the Council Tax Charge",
          "Held Foster Carer Celebration Event",
          "Held Children's Party",
          "Collaborated with other LAs to produce the film 'Childhood'",
          "Supported Walsall Council to achieve Fostering Friendly Employer accreditation",
          "Recruited, assessed and approved 7 Mainstream Fostering Households",
          "Recruited, assessed and approved 16 Connected Fostering Households",
          "Foster Panel rated 82% of work to be Good or Outstanding",
          "Case File Auditing rated 90% of work to be Good or Outstanding",
          "Continued our partnership working with Kinship",
          "Improved securing permanence for children through SGO",
          "Improved quality & timeliness of connected person assessments",
          "Introduced Fostering Panel Feedback Loop",
          "All employees completed level 1 training in Dyadic Development Practice",
          "Continued our journey for Foster Carers to access Foundation to Attachment Training before progressing to Nurture & Attachment Training",
          "Continued to produce regular newsletters to both Foster Carers and SGO Carers"
        ]
      },
      {
        "kind": "figure",
        "indicator": "FOST_APPROVED_MAINSTREAM",
        "period": "2022-23",
        "caption": "Mainstream Fostering Households recruited, assessed and approved, 2022/23"
      },
      {
        "kind": "figure",
        "indicator": "FOST_APPROVED_CONNECTED",
        "period": "2022-23",
        "caption": "Connected Fostering Households recruited, assessed and approved, 2022/23"
      },
      {
        "kind": "figure",
        "indicator": "FOST_PANEL_QUALITY",
        "period": "2022-23",
        "caption": "Work the Foster Panel rated Good or Outstanding, 2022/23"
      },
      {
        "kind": "figure",
        "indicator": "FOST_AUDIT_QUALITY",
        "period": "2022-23",
        "caption": "Work Case File Auditing rated Good or Outstanding, 2022/23"
      }
    ]
  },
  {
    "number": "3",
    "heading": "Children Living with Foster Carers",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "3.1 At the end of March 2023, of the 650 Children in Care, 448 (69%) were living with Foster Carers of which 244 (37%) were living with Walsall Foster Carers compared with 260 (39%) at the end of March 2022."
      },
      {
        "kind": "figure",
        "indicator": "CLA_COUNT",
        "period": "2023-03-31",
        "caption": "Children in Care at the end of March 2023"
      },
      {
        "kind": "figure",
        "indicator": "PLC_OWN_FOSTER",
        "period": "2023-03-31",
        "caption": "Children in Care living with Walsall Foster Carers at the end of March 2023"
      },
      {
        "kind": "figure",
        "indicator": "PLC_OWN_FOSTER",
        "period": "2022-03-31",
        "caption": "Children in Care living with Walsall Foster Carers at the end of March 2022"
      },
      {
        "kind": "paragraph",
        "text": "3.2 As for Children in Care living with an IFA Foster Carer, on 31/3/23, there were 204 children living with an independent fostering agency (IFA) Foster Carer. This is a decrease from 250 in 2021/22."
      },
      {
        "kind": "figure",
        "indicator": "PLC_IFA",
        "period": "2023-03-31",
        "caption": "Children living with an independent fostering agency (IFA) Foster Carer on 31/3/23"
      },
      {
        "kind": "figure",
        "indicator": "PLC_IFA",
        "period": "2022-03-31",
        "caption": "Children living with an independent fostering agency (IFA) Foster Carer in 2021/22"
      },
      {
        "kind": "paragraph",
        "text": "3.3 On 31st March 2023, there were 177 approved internal fostering households (figure includes both mainstream & connected carers)."
      },
      {
        "kind": "figure",
        "indicator": "FOST_HH_INHOUSE",
        "period": "2023-03-31",
        "caption": "Approved internal fostering households on 31st March 2023"
      },
      {
        "kind": "paragraph",
        "text": "3.4 The breakdown of these households per category was:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Mainstream Carers: 103",
          "Connected Carers: 72",
          "Foster for Adoption: 2",
          "Total – 177"
        ]
      },
      {
        "kind": "paragraph",
        "text": "3.5 In terms of the demographics for our Primary Foster Carers, as of 20/10/23, 83% identify as female and 79% report their ethnicity as White British. The age cohorts for these Foster Carers are recorded as follows :"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "20 - 29 = 5",
          "30 - 39 = 33",
          "40 - 49 = 46",
          "50 - 59 = 55",
          "60+ = 48"
        ]
      }
    ]
  },
  {
    "number": "4",
    "heading": "Foster Carer Recruitment & Retention – National & Local Picture",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "4.1 Walsall’s Fostering Service is operating in a highly competitive marketplace and the recruitment & retention of foster carers continues to be a significant challenge, both nationally and locally. In 2023 the Fostering Network published a report on Foster Carer Recruitment and Retention in England (Key Research Findings and Recommendations)."
      },
      {
        "kind": "paragraph",
        "text": "4.2 For both local authorities and independent fostering agencies, applications are at their lowest level in several years. Nationally, Local Authority applications have decreased by 22% since 2018, and IFA applications have dropped by 21% over the same period."
      },
      {
        "kind": "paragraph",
        "text": "4.3 The recent report by Ofsted (2022) on fostering notes that the number of available fostering places in England has fallen by almost a quarter in four years."
      },
      {
        "kind": "paragraph",
        "text": "In addition, the number of approved foster carers also dropped as more foster carers have left the sector."
      },
      {
        "kind": "paragraph",
        "text": "4.4 There were 8,280 applications to become a foster carer – the lowest number in several years and down 21% from 2017-18 and more Mainstream Fostering Households deregistered than were approved (5,435 versus 4,035), leading to a decrease in fostering capacity nationally."
      },
      {
        "kind": "paragraph",
        "text": "4.5 A further challenge to the sufficiency of internal Foster Care Homes is when our Foster Carers go on to secure a Special Guardianship Order for a child(ren) who they have cared for as a Foster Carer. Albeit a positive outcome for our Children in Care, this impacts on the number of available homes/ vacancies for children."
      },
      {
        "kind": "paragraph",
        "text": "4.6 The table below sets out the Foster Carer Recruitment Pipeline. Whilst the total number of enquiries was higher in years 2020/21 and 2021/22, conversion to approval for those years was 5% and 8% respectively."
      },
      {
        "kind": "paragraph",
        "text": "4.7 However, whilst enquiries in 2022/23 were lower than in previous years, the conversion rate to approval was close to 11%. In 2022/23, 14 prospective fostering households withdrew from the assessment process. Of the 14 withdrawn applications, 9 were withdrawn by the applicant and 5 were withdrawn by the service. Although the numbers used for this dataset are significantly lower, the percentage split on withdrawals is similar to that reported by Ofsted (2022)."
      }
    ]
  },
  {
    "number": "5",
    "heading": "Occupancy in Fostering Homes",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "5.1 Each year Ofsted asks local authority fostering services and independent fostering agencies for data about the children they provide homes for and the foster carers that look after them. This is the only national data collection that provides an overview of the national fostering landscape. All 151 local authority fostering agencies and around 280 independent fostering agencies (IFAs) are asked to provide data on:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "households that foster children for their agency",
          "data on complaints, allegations and recruitment"
        ]
      },
      {
        "kind": "paragraph",
        "text": "5.2 On 31st March 2023, there were 304 approved fostering places. Whilst this is lower than both outturns for 2020/21 and 2021/22, it is higher than our Statistical Neighbour and West Midlands average."
      },
      {
        "kind": "figure",
        "indicator": "FOST_PLACES",
        "period": "2023-03-31",
        "caption": "Approved fostering places on 31st March 2023"
      },
      {
        "kind": "paragraph",
        "text": "5.3 Of the 304 approved fostering places, 18 were vacant with further 42 not being available for a variety of reasons. These reasons are known and are now coded accordingly against the Ofsted criteria for this activity. Some examples of unavailable places are:"
      },
      {
        "kind": "figure",
        "indicator": "FOST_VACANT",
        "period": "2023-03-31",
        "caption": "Approved fostering places vacant on 31st March 2023"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Mockingbird Hub Carer (Linked to Approval Status – total 10)",
          "Only available if sibling group placed (Linked to Approval Status)",
          "Used by CYP Staying Put after turning 18",
          "Needs of child currently in placement",
          "Carer(s) taking a break/pending resignation",
          "Carer(s) under investigation",
          "Reserved for pending placement"
        ]
      },
      {
        "kind": "paragraph",
        "text": "5.4 The role of Home Finding Social Worker was created in April 2019 to support the efficient matching of in house foster carers to children requiring a foster home. The post holder has a close working relationship with the Home Finding Team and Foster Carers. This role has supported the service to maximise occupancy rates of in-house fostering households."
      }
    ]
  },
  {
    "number": "6",
    "heading": "End of Foster Carer Approval",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "6.1 There are wide range of reasons as to why a Foster Carer's approval ends. These can range from their fostering career naturally coming to end, a change to family circumstances, concerns about the ongoing suitability, moving to become a Special Guardian and of course transferring to an IFA. The table below covers all of these scenarios and captures data for both Mainstream and Connected Foster Carers."
      },
      {
        "kind": "paragraph",
        "text": "6.2 In terms of the retention of Mainstream Foster Carers, a previous area of concern was the number transferring to an independent fostering agency. Based on the table below, in the previous 5 years, 7 Foster Carers have opted to transfer. The Foster Carer who opted to transfer in 2022/23 did so for financial reasons. They initiated the process in May 2022, and they transferred in November 2022."
      }
    ]
  },
  {
    "number": "7",
    "heading": "Connected Foster Care and Special Guardianship",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "7.1 In 202/23, 16 Connected Person Households were approved at Fostering Panel. This is a slight decrease on the 23 in 2021/22 but an increase from 2020/21 (12)"
      },
      {
        "kind": "figure",
        "indicator": "FOST_APPROVED_CONNECTED",
        "period": "2022-23",
        "caption": "Connected Person Households approved at Fostering Panel, 2022/23"
      },
      {
        "kind": "figure",
        "indicator": "FOST_APPROVED_CONNECTED",
        "period": "2021-22",
        "caption": "Connected Person Households approved at Fostering Panel, 2021/22"
      },
      {
        "kind": "figure",
        "indicator": "FOST_APPROVED_CONNECTED",
        "period": "2020-21",
        "caption": "Connected Person Households approved at Fostering Panel, 2020/21"
      },
      {
        "kind": "paragraph",
        "text": "7.2 Connected Persons arrangements are often very complex situations with families struggling to come to terms with the reasons why children have become children in care. Connected Foster Carers receive the same level of supervision as mainstream carers, and they have access to Skills to Foster training which has been tailored specifically for Connected Persons carers."
      },
      {
        "kind": "paragraph",
        "text": "7.3 Many Connected Foster Carers are assessed and approved on the basis that they will go on to apply to be the child's Special Guardian. Unless the Connected Foster Carer or Mainstream Foster Carer are also caring for another Connected Child in Care, On the making of an SGO, they will be deregistered as a Foster Carer; this is a positive as Children's Services actively promoting legal permanence through Special Guardianship for children for whom this is the preferred outcome."
      },
      {
        "kind": "paragraph",
        "text": "7.4 On 31st March 2023, there were 346 children supported by their Special Guardians. This represents a 41% increase to that of 31st March 2019. The total number of children is continuing to rise in 2023/24 (358 as at 01/10/23). All Special Guardianship Assessments are completed by the Fostering Service."
      },
      {
        "kind": "figure",
        "indicator": "SGO_SUPPORTED",
        "period": "2023-03-31",
        "caption": "Children supported by their Special Guardians on 31st March 2023"
      },
      {
        "kind": "figure",
        "indicator": "SGO_SUPPORTED",
        "period": "2023-10-01",
        "caption": "Children supported by their Special Guardians as at 01/10/23"
      }
    ]
  },
  {
    "number": "8",
    "heading": "Supervision, Support, Training & Development",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "8.1 The Fostering Service delivers effective regular supervision to all Foster Carers in line with their need for support, supervision and personal development, as detailed in the policy for foster carer supervision."
      },
      {
        "kind": "paragraph",
        "text": "8.2 To establish a consistent approach to practice that is rooted in nurture, attachment, and recognises the impact of trauma, in 2021/22, the Fostering Service began the ambitious journey for the whole workforce to complete Dyadic Development Practice Training (DDP). DDP is 'a therapy, parenting approach and model for practice that uses what we know about attachment and developmental trauma to help children and families with their relationships.'"
      },
      {
        "kind": "paragraph",
        "text": "8.3 The whole workforce has completed DDP1, and a smaller cohort have completed DDP2. This smaller cohort have also completed the 'train the trainer' sessions for Foundation to Attachment and they now deliver Foundation to Attachment Training to Foster Carers. By 31st March 2023, The Fostering Service had supported 60 Foster Carers to complete the Foundations to Attachment Training."
      },
      {
        "kind": "paragraph",
        "text": "8.4 Preparation and training groups (Skills to Foster Training) have been held for all prospective mainstream foster carers. This training is also offered separately to Connected Person Foster Carers. Further Foster Carer Training is provided through the Council's Children's Workforce Development Team. This includes both mandatory courses ensuring that foster carers have the training necessary to undertake their role and more in-depth training for those carers who want to develop particular specialisms or a deeper knowledge of a subject area."
      },
      {
        "kind": "paragraph",
        "text": "8.5 The Mockingbird Family Model continues to be a popular with Foster Carers. As of 31st March 2023, there were 5 live Mockingbird Constellations. The 6th Hub Carer has been appointed and the plan is to launch this constellation in Autumn 2023. The team also received recognition for their work going above and beyond from the wider council staff awards , being runners up in Proud to be One Team category."
      },
      {
        "kind": "figure",
        "indicator": "MOCKINGBIRD_HUBS",
        "period": "2023-03-31",
        "caption": "Live Mockingbird Constellations as of 31st March 2023"
      },
      {
        "kind": "paragraph",
        "text": "8.6 The Fostering Service continue to produce and share regular, separate newsletters with Foster Carers and SGO Carers, and in early 2022/23, the Fostering Service moved the Monthly Support Groups from online to face to face events at Ryecroft Community Hub. In addition to this, all foster carers approved by Walsall Council are provided with membership of the Fostering Network."
      }
    ]
  },
  {
    "number": "9",
    "heading": "Marketing & Promotional Activity",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "9.1 Without attracting additional Foster Carers and retaining existing ones, Walsall will not have a sufficient number of homes for existing Children in Care with locally based Foster Carers. Aligned to the strategy to have the right children living with right people at the right time, the aim of the Fostering Service's Transformation Plans is to have more children living with Walsall Foster Carers."
      },
      {
        "kind": "paragraph",
        "text": "9.2 In 2022, the Fostering Service started to work with the Head of Service for Marketing and Communications Service to ensure our marketing and Communication Plan is focused. We have reviewed best practice and updated the Marketing & Communication Plan for 2023/24 and this is used to inform our targeted marketing activities."
      }
    ]
  },
  {
    "number": "10",
    "heading": "Fostering Panel",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "10.1 Lisa Cawthorn has continued in her role as Chair of Fostering Panel and the Vice Chair is Sue Partoon."
      },
      {
        "kind": "paragraph",
        "text": "10.2 Fostering Panel activity continues to be busy with the Panel meeting on 38 occasions. Panel was quorate on each occasion. The table below outlines the range of work discussed at Fostering Panel."
      },
      {
        "kind": "paragraph",
        "text": "10.3 In 2022, as part of the Practice Improvement Framework, the Fostering Service introduced the Foster Panel Feedback Loop. This involves the Fostering Panel providing feedback on the quality of reports that are presented to Panel. Panel members are asked to comment on strengths and areas of development for the social worker. They then rate the overall quality of the reports using an OFSTED style rating system (Requires Improvement, Good or Outstanding). In 2022/23, 82% of items presented to panel were rated as Good or Outstanding - with 30% being rated as Outstanding."
      },
      {
        "kind": "figure",
        "indicator": "FOST_PANEL_QUALITY",
        "period": "2022-23",
        "caption": "Items presented to panel rated Good or Outstanding, 2022/23"
      }
    ]
  },
  {
    "number": "11",
    "heading": "Service Priorities and Improvements – 2023/24 (Update)",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "11.1 As the Annual Report is only produced after the Ofsted Dataset is returned in June of the following financial year, by the time the report is completed and ready to be shared, it can be making use of and commenting on activity approaching 12-18 months old; as such, the next section is an attempt to outline the range of work that has taken place or is planned to take place in 2023/24, this includes:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Walsall Foster Carers living in Walsall to be exempt from Council Tax Charge",
          "Ran and will rerun Foster Carer Recruitment Campaign on local radio",
          "Held a Foster Carer Celebration Event",
          "Introduced the use of Talking Circles for foster carers and staff",
          "Launched the New Horizons Fostering Scheme",
          "Launch 6th Mockingbird Hub",
          "Include Total Respect Training in Skills to Foster Training",
          "Recruited a Care Experienced individual to the Fostering Panel",
          "Mail shot to 4000 home addresses about Fostering for Walsall",
          "Ran promotional campaign in bus stops and on the rear of buses",
          "Installed 25 new promotional lamppost banners",
          "Update the Financial Policy for Permanence Arrangements",
          "Held Thank You Event for Special Guardians",
          "Launched the SGO Support Hub",
          "Marketing and recruitment activity is kept under review to ensure that impact of digital, social media and face to face recruitment is evaluated.",
          "Maximise the capacity of internal foster carers and increase the children placed internally.",
          "Strengthen the training and development offer to foster carers."
        ]
      }
    ]
  }
]$j$::jsonb,
     $j$[]$j$::jsonb,
     date '2023-11-13'),
    -- Adoption Service Report 2022-2023 (W 1179-1733)
    (walsall, 'annual-adoption', 'Adoption Service Report 2022-2023', '2022-23', 'Lisa Preston, Head of Service, Adoption@Heart',
     null, null,
     $j$[]$j$::jsonb,
     $j$[
  {
    "heading": "Appendix 1a",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "1 April 2022 – 31 March 2023"
      },
      {
        "kind": "paragraph",
        "text": "Report for Walsall Council"
      },
      {
        "kind": "paragraph",
        "text": "Date of report 8 June 2023"
      },
      {
        "kind": "paragraph",
        "text": "Produced by Lisa Preston, Head of Service"
      },
      {
        "kind": "paragraph",
        "text": "Service Adoption@Heart"
      }
    ]
  },
  {
    "number": "1",
    "heading": "Introduction and Purpose of the Report",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "This report fulfils the obligations in the Adoption National Minimum Standards (2011) and Adoption Service Statutory Guidance (2011) Adoption and Children Act 2002, to report to the “executive side” of the local authority. This has guided the structure and information set out in this report."
      },
      {
        "kind": "paragraph",
        "text": "The report covers the full year 1 April 2022 to 31 March 2023, Appendix 1a will cover the overall work within Adoption@Heart and the progress with adopter recruitment and Appendix 1b will be service specific for each of the four partner agencies."
      },
      {
        "kind": "paragraph",
        "text": "It is important to note that data and information within this report is accurate as of 31 March 2023."
      },
      {
        "kind": "paragraph",
        "text": "Adoption@Heart is a Regional Adoption Agency, providing adoption services on behalf of Walsall Council, City of Wolverhampton Council, Sandwell Children’s Trust and Dudley Council. The service is hosted by City of Wolverhampton Council and became operational on 1 April 2019. The service is now four years old."
      }
    ]
  },
  {
    "number": "2",
    "heading": "Aims and Objectives",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The overarching aim of Adoption@Heart is to provide secure and loving homes to children in need of permanence via adoption and to support those children and their families through their lifelong adoption journey. Adoption@Heart offers child-led and adopter friendly services by an experienced and motivated professional team."
      },
      {
        "kind": "paragraph",
        "text": "Adoption@Heart supports the ethos that children and young people are best able to develop close and enduring relationships within a family setting. Adoption@Heart aims to ensure that all children whom it places within adoptive families will experience stability, security, and quality of care throughout their childhood and into their adulthood."
      },
      {
        "kind": "paragraph",
        "text": "The objectives of Adoption@Heart are to:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Meet the requirements of the Adoption and Children Act 2002, associated standards, regulations, and guidance.",
          "Ensure the needs, wishes, welfare and safety of the child are at the centre of the adoption process, as outlined in the Welfare Checklist (Adoption & Children Act 2002).",
          "Support the process of timely decision making for children in relation to permanence options, including the use of Early Permanence Placements.",
          "Recruit, assess and approve a range of adoptive families in sufficient numbers to meet the needs of our LA and Children's Trust partners children for whom adoption is the plan, including children who wait longer, sibling groups and those children who require an early permanence placement.",
          "Promote best practice in adoption through the provision of advice and support to our LA and Children's Trust partners with the care planning process.",
          "Ensure the assessment and preparation of adoptive families is comprehensive and robust, in order that adopters are aware of and prepared to meet the needs of children for whom adoption is the plan.",
          "Provide a child centred, needs led matching, transition, and placement process for children.",
          "Provide a comprehensive adoption support service for adopted children and young people and their parents, adopted adults and birth family members.",
          "Ensure all staff involved in the work of Adoption@Heart have the appropriate level of skill, knowledge, and experience to deliver an effective service.",
          "Regularly review and evaluate services provided to ensure services delivered are of the highest possible standard and continue to meet the needs of our LA and Children's Trust partners and the children and families in receipt of our services."
        ]
      }
    ]
  },
  {
    "number": "3",
    "heading": "National Context",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Whilst representing a small part of the total children's social work sector, adoption continues to have a high profile politically. The programme of regionalisation which commenced in 2016 is now almost complete, with 29 Regional Adoption Agencies covering virtually all Local Authorities in England. There continues to be some areas, such as Birmingham, where they have formed as a Voluntary Adoption Agency, due to the nature and size of their individual organisations and Children's Trust status."
      },
      {
        "kind": "paragraph",
        "text": "The government launched their Adoption Strategy: Achieving Excellence Everywhere in July 2021, setting out its vision to further improve the adoption system across England, with the provision of sector-led support to create national models of best-practice."
      },
      {
        "kind": "paragraph",
        "text": "The National RAA Leaders Group is working to deliver against key areas of the strategy in line with the 3 key priority areas identified in their plan for 2021-2023:"
      },
      {
        "kind": "list",
        "ordered": true,
        "items": [
          "Adoption Recruitment",
          "The Child's Journey",
          "Adoption Support"
        ]
      },
      {
        "kind": "paragraph",
        "text": "The National RAA leaders group meets monthly and there are working groups in place to address these three priority areas. Adoption@Heart is not currently represented on the working groups due to a change in Head of Service role in November 2022. The group receives updates directly from the Department for Education, the Children's Minister, and Ofsted."
      },
      {
        "kind": "paragraph",
        "text": "In February of this year, Ofsted announced its intention to roll out an inspection framework for Regional Adoption Agencies. It is likely this will mirror the VAA inspection framework. However, given the variation in RAA set-up, to clearly define the parameters for an inspection, Ofsted will be selecting 6 pilot inspection sites in the summer of this year, with a plan to roll out the learning from these pilot inspections in Winter 2023. The new inspection framework and evaluation criteria is likely to be published early 2024."
      }
    ]
  },
  {
    "number": "4",
    "heading": "Regional Context",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Adoption@Heart continues to be an active member of the Midlands Together Collaboration (MTC). The shared aim of the MTC partnership is to work together to enhance placement choice at the earliest possible opportunity for children and to ensure effective arrangements and protocols are in place for providing longer term adoption support. There are 18 Local Authority members and two Voluntary Adoption Agency members. There are five Regional Adoption Agencies represented."
      },
      {
        "kind": "paragraph",
        "text": "The key aims are to:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Reduce the placement waiting times for children.",
          "Increase the number of children placed regionally.",
          "Enhance adopter involvement in placement identification.",
          "Improve the co-ordination and access to adoption support services and to take advantage of opportunities to develop best practice across the region, to improve opportunities and services for children to be adopted and adoptive families."
        ]
      },
      {
        "kind": "paragraph",
        "text": "Whilst all RAA's are working to ensure sufficiency for approval of adopters to meet the needs of children with an adoption plan, Adoption@Heart still uses a relatively high number of inter-agency placements, securing regional links is preferable to placing children at a distance."
      },
      {
        "kind": "paragraph",
        "text": "The placement figures for the MTC region for 2022-23 are as follows:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "There were 145 interagency placements made for 206 children.",
          "12 placements were secured with RAA's in the region for 13 children (8.3%).",
          "41 placements were made with our VAA partners for 60 children, representing 28.3% of all placements made."
        ]
      },
      {
        "kind": "paragraph",
        "text": "The focus this year has been the launch of the MTC Early Permanence Good Practice Guide. This follows the launch of the National Early Permanence Standards. This is in recognition of the need to ensure we consider early permanence for all children with a likely plan of adoption. Since the launch of the Good Practice Guide in February and March 2023, referrals for Fostering to Adopt (FFA) placements have increased. The challenge for Adoption@Heart and other RAA's is recruiting enough adopters to meet the increase in demand."
      }
    ]
  },
  {
    "number": "5",
    "heading": "Recruitment of Adopters",
    "blocks": []
  },
  {
    "number": "5.1",
    "heading": "New Enquiries",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "For the period from 1 April 2022 to 31 March 2023, the Adoption@Heart Recruitment Team received 541 new enquiries."
      },
      {
        "kind": "paragraph",
        "text": "This is in comparison to 609 enquiries received last year."
      }
    ]
  },
  {
    "number": "5.2",
    "heading": "Information Events",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "21 virtual information events took place with 169 households attending and six phone consultations (mix of single and joint applicants). Therefore, 32% of people who made an enquiry went onto receive information."
      }
    ]
  },
  {
    "number": "6",
    "heading": "Marketing Overview",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Marketing figures for this period are:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "541 enquiries.",
          "Six phone consultations and 169 households attended information events.",
          "Between 1st April 2022 and 31 March 2023, we had a total of 18,611 website visits – made up of 13,491 unique visits.",
          "482 Twitter followers.",
          "2,180 Facebook likes.",
          "340 Instagram Followers."
        ]
      }
    ]
  },
  {
    "number": "6.1",
    "heading": "Marketing brief",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "In late spring, a national campaign was launched by 'You Can Adopt' which focused on the children that wait longer (i.e., older children, siblings, children with additional needs and children from ethnic minorities). Adoption@Heart supported the campaign with local PR (which resulted in two radio interviews), social media posts (both organic and paid for adverts) and Google Ads campaign."
      },
      {
        "kind": "paragraph",
        "text": "In September and October, Adoption@Heart launched its own recruitment campaign, which ran alongside National Adoption Week. The campaign aimed to increase awareness of Adoption@Heart and encourage anyone thinking about adoption to contact their Regional Adoption Agency – Adoption@Heart. Artwork and messaging focused on the brand and the strength of the three Local Authority and Children's Trust brand. Imagery focused on a single parent and toddler, both of Black heritage. The advert recorded for the radio campaign featured the voice of a Black female actor, with the message focused on the Adoption@Heart brand, myth busting and information about the children that wait longer."
      },
      {
        "kind": "paragraph",
        "text": "The campaign included targeted Google Ads, PR to regional media, digital 'page takeover' on the Express & Star website, billboard advertising, a radio campaign with Free Radio, the launch of a 'mega rear' bus back advert which travels daily around the Black Country for 12 months, plus a schedule of co-ordinated social media posts (including paid for social media adverts) across Adoption@Heart and partner social media channels."
      },
      {
        "kind": "paragraph",
        "text": "Adoption@Heart also shared the national 'You Can Adopt' campaign, which focused on the memories and keepsakes of adopted young people and adults throughout their journey. This campaign was supported via social media posts, emails to residents and the Adoption@Heart website."
      },
      {
        "kind": "paragraph",
        "text": "In December, Adoption@Heart shared a story of two adopted brothers that wanted to donate their Christmas presents to children that go without during the festive period. The gifts were donated to a local Family Hub. Adoption@Heart helped coordinate the donation and shared the story with local press and via social media channels."
      },
      {
        "kind": "paragraph",
        "text": "In January, Adoption@Heart launched a campaign focusing on people motivated by the new year and their new goals. Building on from the campaign that took place in October, adverts focused on the Adoption@Heart brand for anyone considering adoption, a reminder that Adoption@Heart is the Regional Adoption Agency for the Black Country. A radio ad focused on emphasising the brand and dispelling myths by using the voice of a single 'adopter' who talks about the different people that can adopt and which children are currently waiting the longest. Imagery of a single adopter from a Black ethnic minority background was used across all artworks and the voice of a female from a Black ethnic minority group was used for the radio advert. The Facebook advert used multiple images including a single female, single male, range of ethnic minority backgrounds, a same sex couple and a person with a disability."
      },
      {
        "kind": "paragraph",
        "text": "The campaign included a Facebook/Instagram advert, radio advert (digital and Black Country transmitter), Google adverts, PR (which resulted in two local radio interviews), a sponsored article and social media post with Birmingham Live, plus promotion around the first face to face information event held since before the pandemic."
      },
      {
        "kind": "paragraph",
        "text": "LGBTQ+ Adoption and Fostering week took place in March 2023, which saw the launch of the '1, 2, 3 or more' campaign, a recruitment campaign to encourage those from the LGBTQ+ community who are considering adoption or would like more information to come forward and to also consider whether they could adopt siblings. Adoption@Heart had support from LGBTQ+ adopters to share their stories across multiple platforms including video, social media, blog posts and at virtual information events. A month-long digital radio campaign also took place with an advert targeting LGBTQ+ adopters to come forward. Towards the end of the campaign a general adoption sponsored post was shared via Birmingham Live."
      },
      {
        "kind": "paragraph",
        "text": "Adoption@Heart has continued to offer virtual information events for prospective adopters using Microsoft Teams but has now added face to face events back into the schedule. Virtual events have continued to work well and were attended by an average of nine people per event across the year. Events are hosted by Social Workers, the Marketing Executive, and an adopter, where possible. The format of video, a presentation, plus a Q&A session, continues to provide an interactive and engaging session."
      },
      {
        "kind": "paragraph",
        "text": "The face-to-face events are held in different community venues within the Black Country, ensuring that locations rotate around the region. The event format is similar, but with the opportunity to speak to the team at the end of the event over refreshments. This also allows attendees to complete an expression of interest (EOI) form on the spot which increases the conversion from attendance to EOI from levels achieved at a virtual event. It is planned to continue to offer a mixture of virtual and face to face events to meet differing preferences of enquirers."
      },
      {
        "kind": "paragraph",
        "text": "Regular meetings continue to take place with the Communications Leads across the three Local Authorities and the Trust. The meetings are used to discuss both national and regional marketing campaigns and activities, the marketing and communications support given to Adoption@Heart by the other comms leads (utilising the knowledge of their areas and resources) and what future support is needed and how the partnership can work going forward. Ongoing plans include joint working between fostering and adoption at community events across the Black Country."
      },
      {
        "kind": "paragraph",
        "text": "This year will see the launch of a further national 'You Can Adopt' campaign, aimed at increasing awareness of support available to adopters. The new campaign is due to launch in late June 2023. Adoption@Heart has been improving the website with the aim to switch over to a new look website in the next few months. The new website features improved navigation, user experience and additional content including videos and articles. The improved website will work hand in hand with refreshed Google Ad campaigns. Having relaunched Instagram, Adoption@Heart now aims to increase content creation and improve its social media channels to increase reach and impact."
      }
    ]
  },
  {
    "number": "7",
    "heading": "Adopter recruitment statistics",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Adoption@Heart approved 40 adopter households in 2022/23."
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "15 (36.6%) were approved within six months of application.",
          "26 (63.4%) were approved at least six months from application.",
          "This year we approved 17 less adopter households, compared to last year's figure of 57.",
          "There has been some decline in timeliness for completion of assessments. The average number of days across the 40 approvals in stage two is 141. The fewest number of days was 79 and the longest 465.",
          "43 households completed stage one throughout 2022/23. The average number of days in stage one was 160. The fewest number of days was 26 and the longest 559 days."
        ]
      },
      {
        "kind": "paragraph",
        "text": "Nationally, there has been an overall decline in the number of adopters being approved and a decline in the number of adopters starting the adoption process. Whilst there are no nationally defined reasons for the decline in adopter numbers, the RAA leaders' group has begun to gather intelligence on the impact of the current cost of living crisis. It is clear that prospective adopters are making different decisions regarding family size and delay in pursuing adoption. There is a clear North/South divide with adopter enquiry numbers holding steady in some Southern areas whereas the Midlands and the North of the country are being adversely affected with overall decline in enquiries and approvals."
      },
      {
        "kind": "paragraph",
        "text": "In addition to this, In November 2022, Adoption UK published survey results of over 300 adopter households in different stages of the adoption process on the impact of the cost-of-living crisis. They found:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "7% delayed beginning their adoption approvals process.",
          "5% paused the process after it had begun.",
          "41% said they were considering adopting fewer children than previously"
        ]
      },
      {
        "kind": "paragraph",
        "text": "The survey also found adopters were concerned about the expense of setting up a home for a child, buying essential equipment, being able to afford to take off their full adoption leave entitlement and having enough finance to enable them as a family to enjoy family experiences, such as days out and activities. These pressures were more acute for self-employed applicants, single applicants, and low-income households."
      },
      {
        "kind": "paragraph",
        "text": "Adoption@Heart is focused on ensuring recruitment activity is robust and visible and is clear in its messaging that finance is not a barrier to adoption. However, for those who were in assessment during 2021-22, it is clear finance was an issue for many families with some deciding to withdraw from the process and others having to take a break to address their debt. In addition to finance issues, during the year, we have seen a high number of complex assessments with some adopters having to take a considerable amount of time to come to terms with their personal histories including, loss and grief, poor mental health, and adverse childhood experiences."
      },
      {
        "kind": "paragraph",
        "text": "On a positive note, during Q4 Adoption@Heart were beginning to see an increase in adopter enquiries."
      },
      {
        "kind": "paragraph",
        "text": "At the end of March 2023 there were 40 families in stage two:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Including three cases on hold.",
          "10 (25%) have been in stage two for over a year.",
          "5 (12.5%) have been in stage two for between 8 and 12 months",
          "4 (10%) between 4 and 8 months",
          "21 (52.5%) for under 4 months."
        ]
      },
      {
        "kind": "paragraph",
        "text": "Whilst this does show there are still some complex families in assessment, the total number in stage two at the end of March 2023, is higher than the figure for the same time last year which was 27."
      },
      {
        "kind": "paragraph",
        "text": "At the end of March 2023 there were 58 families in stage one:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Including five families on hold.",
          "19 (32.8%) have been in stage One for two months or less.",
          "39 (67.2%) families have been in stage one for over two months."
        ]
      },
      {
        "kind": "paragraph",
        "text": "The total number of families in stage one at the end of March 2023 is higher than last year's figure of 39."
      },
      {
        "kind": "paragraph",
        "text": "At the end of March 2023, there were 21 families approved and waiting compared to 43 families approved and waiting at the end of March 2022. Of these:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Five of these are early permanence placements waiting to be formally matched.",
          "Six are families of South Asian origin, who have been waiting for a considerable amount of time for a child who matches their cultural and religious heritage.",
          "Four have specific matching criteria and are considering children.",
          "The remainder are in the early stages of matching or are newly approved and now considering children."
        ]
      },
      {
        "kind": "paragraph",
        "text": "The average days waiting for a placement was 322, (10 months). One family had been waiting 1401 (46 months). (a child has been linked in April 2023) The shortest amount of time was less than a month for a family that had been approved in March 2023. At this point in time, adopter approvals are looking much more positive, since the beginning of April 2023 there have been 13 approvals:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Two foster carer approvals.",
          "11 mainstream adopter approvals comprising of four South Asian couples, two single White British Females, one Black Caribbean female, one mixed heritage couple and the remaining three White British couples."
        ]
      },
      {
        "kind": "paragraph",
        "text": "The high number of adopters in stage one and stage two is positive and should overall increase the number of adopter approvals for 2023-24. However, we do anticipate to still see the impact of the cost-of-living crisis on the final number of approved and available families."
      },
      {
        "kind": "paragraph",
        "text": "To provide strategic oversight on the progress of adopter assessments, the Head of Service for Adoption@Heart is undertaking monthly tracking. This enables any delays to be closely monitored and issues such as delays in the completion of statutory checks to be escalated."
      }
    ]
  },
  {
    "number": "8",
    "heading": "Complaints",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There were four formal complaints about the service during the twelve-month period, one complaint was about Sandwell Children's Trust and incorporated a complaint about Adoption@Heart about not feeling supported during the transition period with communication. A further complaint was about their approval/assessment journey and Keep in Touch, formerly called letterbox contact. Additionally, there was a complaint about a worker's breach of confidentiality and finally a complaint about the communication style of an Adoption@Heart worker. Learning from complaints is a key feature of the service, management and team meetings are used to explore learning and the business plan and team plans are used to implement learning from complaints."
      }
    ]
  },
  {
    "number": "9",
    "heading": "Staffing",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The service employs 31 qualified Social Workers on a permanent basis, along with one agency Social Worker, who is providing additional capacity due to the number of cases in the Adoption Support Team. There is one Social Worker currently going through pre-employment checks, who is likely to start in June. There are also a number of unqualified posts such as family support workers and business support colleagues."
      },
      {
        "kind": "paragraph",
        "text": "There is a Service Manager and three Team Managers, with one covering each of the thematic service areas. The Business Support Team have a Business Support Manager, Senior Business Support Officer and five Business Support Officers. The Panel Team have two Panel Advisors along with a Panel Co-ordinator and three Panel Administrators."
      },
      {
        "kind": "paragraph",
        "text": "The recruitment vacancy rates continue to remain low since the service went live."
      }
    ]
  },
  {
    "number": "10",
    "heading": "Panels",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "During the year 2022-2023 adoption panels continued to be virtual. Consideration has been given to panels using a hybrid approach by consulting with members and seeking feedback from adopters. Feedback continues to show that applicants feel more relaxed joining panels virtually via Microsoft Teams from their home. Social Workers report that working in this way allows them to work effectively and efficiently, whilst managing their workloads, it is also time and cost efficient."
      },
      {
        "kind": "paragraph",
        "text": "In addition to the work undertaken in Adoption@Heart, the University of Worcester in partnership with Adoption Central England (ACE) RAA, conducted a piece of research which concluded that there are as many advantages to online panels as there are disadvantages. The disadvantages can be mitigated to some extent. There is a balance to be struck between the formality and quality assurance purpose of the panel meeting and the comfort of those participating."
      },
      {
        "kind": "paragraph",
        "text": "The research made the following recommendations:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "To consider those circumstances where an in-person panel would support those attending.",
          "Social Workers being in the same room as their adopters when attending panel.",
          "Technical support to panel chairs, members and applicants when using Teams.",
          "Regular in-person events for panel members."
        ]
      },
      {
        "kind": "paragraph",
        "text": "These recommendations are currently being considered by the Adoption Panel Team."
      },
      {
        "kind": "table",
        "caption": "Panel activity approvals and matches per month 2020/21, 2021/22 and 2022/23",
        "columns": [
          {
            "heading": "Month",
            "numeric": false
          },
          {
            "heading": "2020/21 Approvals",
            "numeric": true
          },
          {
            "heading": "2021/22 Approvals",
            "numeric": true
          },
          {
            "heading": "2022/23 Approvals",
            "numeric": true
          },
          {
            "heading": "2020/21 Matches",
            "numeric": true
          },
          {
            "heading": "2021/22 Matches",
            "numeric": true
          },
          {
            "heading": "2022/23 Matches",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": "April",
            "cells": [
              "5",
              "5",
              "4",
              "7",
              "10",
              "7"
            ]
          },
          {
            "header": "May",
            "cells": [
              "4",
              "4",
              "7",
              "16",
              "10",
              "13"
            ]
          },
          {
            "header": "June",
            "cells": [
              "5",
              "8",
              "3",
              "11",
              "13",
              "6"
            ]
          },
          {
            "header": "July",
            "cells": [
              "7",
              "7",
              "0",
              "8",
              "8",
              "8"
            ]
          },
          {
            "header": "August",
            "cells": [
              "8",
              "3",
              "5",
              "12",
              "5",
              "3"
            ]
          },
          {
            "header": "September",
            "cells": [
              "7",
              "7",
              "0",
              "19",
              "6",
              "4"
            ]
          },
          {
            "header": "October",
            "cells": [
              "5",
              "3",
              "5",
              "20",
              "11",
              "5"
            ]
          },
          {
            "header": "November",
            "cells": [
              "7",
              "5",
              "5",
              "7",
              "12",
              "9"
            ]
          },
          {
            "header": "December",
            "cells": [
              "4",
              "3",
              "5",
              "6",
              "3",
              "6"
            ]
          },
          {
            "header": "January",
            "cells": [
              "6",
              "3",
              "1",
              "6",
              "5",
              "14"
            ]
          },
          {
            "header": "February",
            "cells": [
              "3",
              "10",
              "1",
              "8",
              "6",
              "7"
            ]
          },
          {
            "header": "March",
            "cells": [
              "6",
              "7",
              "2",
              "11",
              "14",
              "13"
            ]
          },
          {
            "header": "Total",
            "cells": [
              "67",
              "65",
              "38",
              "131",
              "103",
              "95"
            ]
          }
        ]
      }
    ]
  },
  {
    "number": "10.1",
    "heading": "Panel membership",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The Panel continues to function with the support of the Panel Team including the Panel Advisors, Panel Co-ordinator, and Panel Administrators. There are currently 35 Panel Members on the central list. It is made up of Independent Panel Members and Social Work Panel Member representatives. There are four Independent Panel Chairs, six Medical Advisors for the three Local Authorities and the Children's Trust."
      },
      {
        "kind": "paragraph",
        "text": "The central list offers a good representation of members who have either been adopted or have adopted and this is seen as very positive in terms of the different perspectives they bring. There has been a change in the membership and activity to recruit new members with the aim of increasing the diversity and representation at panel in terms of gender, race, disability and lived experiences. However, it is acknowledged that more needs to be done to recruit males, same sex couples and single adopters. Work in this area is therefore ongoing."
      },
      {
        "kind": "paragraph",
        "text": "Figures provided for an Ofsted Inspection in December 2022 show the diversity of panel from the start of the RAA 1st April 2019 to December 2022."
      },
      {
        "kind": "table",
        "caption": "Table: the diversity of panel from the start of the RAA 1st April 2019 to December 2022",
        "columns": [
          {
            "heading": "Diversity of panel",
            "numeric": false
          },
          {
            "heading": "2019",
            "numeric": false
          },
          {
            "heading": "2020",
            "numeric": false
          },
          {
            "heading": "2021",
            "numeric": false
          },
          {
            "heading": "2022",
            "numeric": false
          }
        ],
        "rows": [
          {
            "header": "Panel Members",
            "cells": [
              "37",
              "*",
              "*",
              "47"
            ]
          },
          {
            "header": "Gender",
            "cells": [
              "7 Male members",
              "",
              "",
              "6 Male members"
            ]
          },
          {
            "header": "",
            "cells": [
              "1 Medical Advisor 6 Independent members",
              "",
              "",
              "1 Chair 1 Medical Advisor 2 Independent members 2 Social Workers members"
            ]
          },
          {
            "header": "Ethnicity",
            "cells": [
              "8 Asian members",
              "",
              "",
              "11 Asian members"
            ]
          },
          {
            "header": "",
            "cells": [
              "5 Medical Advisors 1 Independent member 2 Social worker members",
              "",
              "",
              "5 Medical Advisors 1 Independent member 5 Social Worker members"
            ]
          },
          {
            "header": "",
            "cells": [
              "1 Black Caribbean member",
              "",
              "",
              "6 Black African or Caribbean members"
            ]
          },
          {
            "header": "",
            "cells": [
              "1 Social Worker member",
              "",
              "",
              "5 Social Workers members 1 Independent Social Worker"
            ]
          },
          {
            "header": "",
            "cells": [
              "2 Mixed Ethnicity members",
              "",
              "",
              "3 Mixed Ethnicity members"
            ]
          },
          {
            "header": "",
            "cells": [
              "1 Medical Advisor 1 Social Worker member",
              "",
              "",
              "1 Medical Advisor 2 Social Workers members"
            ]
          }
        ],
        "notes": "(*Data was not available for 2020/2021 but will be collected and monitored annually from 2023)"
      }
    ]
  },
  {
    "number": "10.2",
    "heading": "Panel training",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "In the period 2022-2023 Panel Members have had the opportunity to attend the following training events:"
      },
      {
        "kind": "paragraph",
        "text": "Adoption@Heart Panel Development Day 29/03/2023, with the agenda items including Adoption@Heart Performance, Legal Updates, Diversity in Approvals and Matches presented at panel, Good Examples of Matching, Recruitment and Assessment, Mental Health, and the adoption process."
      },
      {
        "kind": "paragraph",
        "text": "Thematic training has also been offered to Panel Members to develop their effectiveness on panel following themes and topic areas identified in their annual appraisals. These are as follows: Thematic Training on Questioning at Panel – Questioning Techniques 18/11/2022, Attachment in Adults & Attachment in Children 09/12/2022. In addition to this all four Panel Chairs attended Cultural Humility Training on various dates."
      }
    ]
  },
  {
    "number": "10.3",
    "heading": "Panel business",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Panel met on 45 occasions during 2022-2023, there are 50 panels a year for adoption matters to be heard. There is also flexibility within the panel system allowing for extra and special panels to be arranged to enable additional cases and emergency matters to be heard, as and when directed by the courts. This means that children do not wait, and matters are dealt with in a timely manner."
      },
      {
        "kind": "paragraph",
        "text": "The Agency Decision Makers (ADM) from City of Wolverhampton Council made all the decisions regarding the suitability for approval of all prospective adopters from April to December 2022. From January 2023 this responsibility changed, and the Adoption@Heart Head of Service now undertakes these decisions as ADM."
      },
      {
        "kind": "paragraph",
        "text": "Should be placed for adoption (SHOBPA) decisions remain in the three Local Authorities and the Trust, except in the case of Consensual Adoptions, previously known as relinquishments, which remain with Adoption@Heart. Agency Decision Makers are very flexible regarding early decisions in relation to both approvals and matches, to enable transitions that work best for the child/ren."
      }
    ]
  },
  {
    "number": "10.4",
    "heading": "Approvals",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Adoption@Heart is welcoming of adopters from all cultural and ethnic backgrounds, those in same sex relationships, single applicants, those with disabilities and where English is not the first language. In some circumstances an interpreter has been used or made available to support the applicants."
      },
      {
        "kind": "paragraph",
        "text": "40 adopters were approved in this reporting period. There was one deferral, which was subsequently approved. There were two Consensual Adoption cases presented for an adoption recommendation."
      }
    ]
  },
  {
    "number": "10.5",
    "heading": "Feedback from Adopters and Social Workers about their experience at panel",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Feedback from Applicants for approvals and Prospective Adopters for matches is sought after every panel."
      },
      {
        "kind": "paragraph",
        "text": "Feedback has been largely positive and where this has not been the case, it has been addressed through several ways, for example learning reviews, changes in practice, change in policies or processes at varying levels."
      },
      {
        "kind": "paragraph",
        "text": "Quotes from adopters include:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "“Panel Members were all welcoming and friendly – calmed our nerves.”",
          "“We were treated well at panel and were kept informed of everything that was happening and would like to thank everyone involved.”",
          "“I was a lot more relaxed than I thought I would have been, and I think that was because of how warm and friendly the panel were.”",
          "“We found panel to be a positive experience. We were made to feel welcome and had time to express our feelings.”",
          "“Very well organised, friendly, and made to feel at ease when questions were asked.”",
          "Notifications and calls before panel, e-mails when panel had commenced and links to join panel were all done professionally and efficiently.”",
          "“I was informed before the meeting ended how the decision would be made and the time frame. I understand everything and was happy with what was said to me.”",
          "“Very good conversation with all members in the panel,”"
        ]
      },
      {
        "kind": "paragraph",
        "text": "Quotes from Social Workers include:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "“The reason was clear for the recommendation. Panel listed the couples strengths; they recognised it had not been an easy journey for them and heard the emotion of the applicants that they have a strong affiliation and commitment to this child. The evidence was before us as the young person attended with the prospective adopters. Their attendance was due to childcare (grandparents had covid). Nevertheless, the couple’s ability to engage in the panel process whilst continuing to be attentive to the child was evident.”",
          "“The panel showed careful consideration of the needs of the child and provided a very positive recommendation which was pleasing to hear.”",
          "“The chair clearly explained the recommendations to the adopters/professionals.”",
          "“I just wanted to thank panel for the positive praise which was acknowledged by all panel members in this case.”",
          "“Recommendations were clear and fair.”",
          "“I wish to thank the panel advisor for ahead of panel she was supportive in ensuring the quality of the PAR, noting there were spelling and grammar errors and ensuring these were amended. It had been QA’d, but certain sections needed re-working after. I know the wider discussions within the LA and waiting on outcomes from meetings regarding the siblings, at some level impacted the quality of the PAR.”",
          "“Panel asked relevant questions and showed a great deal of empathy to my adopters. I found today’s experience useful myself with clear recommendations and advice and also support to go forward with this case.”",
          "“Panel members were welcoming and asked clear and concise questions. It was nice to be invited back into panel to receive the recommendation”"
        ]
      }
    ]
  },
  {
    "number": "11",
    "heading": "Referrals to the Independent Review Mechanism (IRM)",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There has been one referral to the IRM in the period. The Social Worker and the manager attended the IRM panel on 20th September 2022. The recommendation was received by the agency on 29th September 2022; and the full set of minutes was sent to Adoption@Heart on 4th October 2022. The IRM upheld the decision of Adoption@Heart."
      }
    ]
  },
  {
    "number": "12",
    "heading": "Disruptions",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There was one placement disruption during the period for a sibling group of two girls. The girls were placed in June 2022 and returned to a foster parent placement in September 2022. The disruption meeting identified that the girls had lived in five households before their move to adoption. Their level of and exposure to trauma may not have been fully explored during the decision-making stages of care planning, the foster carer was also not clear about her experience of providing care, as such the adopters were unprepared for the behaviours one of the girls was exhibiting. The adoptive parents were used to offering care to children who were receptive and trusting, this very quickly escalated into a 'blocked care' situation where the adopters were unable to move beyond the presenting behaviour. The female adopter became fearful and anxious, and the adopters made the decision to end the placement."
      },
      {
        "kind": "paragraph",
        "text": "The learning identified was as follows:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "CAMHS involvement had ended too quickly and should have supported the girls in their transition plan recognising their level of trauma.",
          "The focus became the relationship between the siblings and not how to support the adopters to understand the basis for the behaviour.",
          "There was a lack of oversight from the IRO who had followed the girls' journey and would have had an invaluable insight.",
          "The adopters were not prepared for the extent of the children's needs, they were unable to see beyond the behaviour to understand the girls were testing out the relationship.",
          "The Matching Panel made recommendations that greater thought needed to be given to the support plan, this advice was not reviewed and therefore not embedded. Consideration should be given to sharing advice from panel, not only with the children's Social Workers and their managers but also the IRO."
        ]
      },
      {
        "kind": "paragraph",
        "text": "In addition to this disruption, there was also a case where introductions for a child ended prior to placement. The child had four pre-meets and the adopter appeared unable to respond to the needs of the child, the house was unprepared, and the foster carer was privy to personal information about the adopter, which impacted on their development of a relationship. A learning review was undertaken on this case and the learning identified was as follows:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Workers underestimated the readiness of the adopter to respond to the child's holistic needs.",
          "There were some signs in the assessment that the adopter was not prepared for the arrival of a child or had enough transferable skills.",
          "The pre-meets need to be conducted by one consistent person, so the feedback loop is consistent.",
          "PARs are not to be shared with foster parents, this information belongs to the adopter and the agency, the same way that a Form F is personal to a foster parent."
        ]
      },
      {
        "kind": "paragraph",
        "text": "Learning from both has been fed back into the service and where needed, changes have been implemented."
      }
    ]
  },
  {
    "number": "13",
    "heading": "Inspections",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "One Local Authority (Dudley) and the Children's Trust (Sandwell) in the Adoption@Heart partnership were inspected in the year, Dudley within the ILACS framework and Sandwell initially under the ILACS framework and later as a Voluntary Adoption Agency (VAA) inspection."
      },
      {
        "kind": "paragraph",
        "text": "Dudley received an overall Requires Improvement judgement, whilst Sandwell received an overall inspection outcome of Requires Improvement for their ILACS and Good for their VAA inspection. Positive feedback was received in all inspections. However, the Sandwell VAA inspection presented several challenges from a VAA perspective, as most activity was based on Adoption@Heart activity but had to be looked at through a Sandwell Children's Trust lens. There were recommendations in both Ofsted reports for Adoption@Heart to follow through on, these are contained in the business plan."
      }
    ]
  },
  {
    "number": "14",
    "heading": "Accountability",
    "blocks": []
  },
  {
    "heading": "Management board",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The service has continued to have in place two key layers of governance with a Management Board attended by Assistant Directors and a Strategic Commissioning Board attended by Directors of Children's Services."
      },
      {
        "kind": "paragraph",
        "text": "The Strategic Commissioning Board has continued to meet quarterly, supported by the commissioning lead from Dudley. The chairing of this board has remained with Dudley during the year 2022-23."
      },
      {
        "kind": "paragraph",
        "text": "An Operations Group was established in the previous year, with a view to increasing engagement, oversight, and operational involvement of Heads of Service and other Managers from each partner service. This group has continued to meet six-weekly, chaired by the Head of Service for Adoption@Heart. The Management Board meets quarterly."
      },
      {
        "kind": "paragraph",
        "text": "The Management Board is chaired by the Deputy Director for Children's Social Care in Wolverhampton, as host Local Authority for Adoption@Heart."
      },
      {
        "kind": "paragraph",
        "text": "With effect from Autumn 2023, it has been agreed that the governance arrangements will change with the establishment of a new board which will be titled the Strategic Partnership Board (SPB). This will replace both Management Board and Strategic Commissioning Board and representation will be from Assistant Directors, with a Director of Children's Services chairing. This decision to streamline the governance arrangements has been made considering the continued positive progress of the service in becoming an effective and high performing Regional Adoption Agency for the region. The legal agreement and related documents supporting the current governance arrangements are being reviewed to reflect this change."
      }
    ]
  },
  {
    "number": "15",
    "heading": "Service Development",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Whilst there has been significant focus on Ofsted activity, the management team have also focused on the re-write of key policies and procedures and the formulation of an overarching business plan which identifies key service development priorities."
      },
      {
        "kind": "paragraph",
        "text": "For the coming year, 2023-24, the business plan identifies the following as areas for ongoing development:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Embed early permanence from both a child and adopter perspective",
          "Focus recruitment activity on recruiting adopters for children who wait the longest",
          "Improve on timeliness of adoption assessments and matching",
          "Improve on adopter and child voice",
          "Reinstating some activities that were suspended during Covid such as coffee mornings, adopter picnics and social gatherings for adoptive families which will extend our adoption support offer",
          "There is a need to embed a quality assurance framework within the service, which includes the need for regular themed audit activity across all aspects of the service and the collation of service user experience across all parts of the adoption journey"
        ]
      }
    ]
  },
  {
    "heading": "Appendix 1b: Child level Information for Walsall Council children",
    "blocks": []
  },
  {
    "number": "16",
    "heading": "Number, type and age of children waiting for adoption and length of time waiting",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "On 31st of March 2023:"
      },
      {
        "kind": "paragraph",
        "text": "There were 22* children subject to placement orders, but not yet placed for adoption. 7 of these are linked but not yet formally matched, 4 are awaiting a review of their care plan and the remaining 11 have an active family finding plan."
      },
      {
        "kind": "table",
        "caption": "The timescales for the 22* children waiting since the granting of their Placement Orders is as follows",
        "columns": [
          {
            "heading": "Time waiting",
            "numeric": false
          },
          {
            "heading": "Children",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": "Less than 2 months:",
            "cells": [
              "5"
            ]
          },
          {
            "header": "Between 2 and 4 months:",
            "cells": [
              "7"
            ]
          },
          {
            "header": "Between 4 and 6 months:",
            "cells": [
              "0"
            ]
          },
          {
            "header": "Between 6 and 12 months:",
            "cells": [
              "2"
            ]
          },
          {
            "header": "Children waiting over 1 years:",
            "cells": [
              "7"
            ]
          }
        ],
        "notes": "*The remaining child is in a foster to adopt placement. The 22 children comprise 5 sibling groups of two, 1 sibling group of three, the remainder are single children."
      }
    ]
  },
  {
    "number": "17",
    "heading": "Children Made Subject to Placement Orders",
    "blocks": [
      {
        "kind": "table",
        "caption": "Table: Children Made Subject to Placement Orders, by quarter",
        "columns": [
          {
            "heading": "Q1",
            "numeric": true
          },
          {
            "heading": "Q2",
            "numeric": true
          },
          {
            "heading": "Q3",
            "numeric": true
          },
          {
            "heading": "Q4",
            "numeric": true
          },
          {
            "heading": "Total",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": null,
            "cells": [
              "11",
              "5",
              "5",
              "14",
              "35"
            ]
          }
        ]
      }
    ]
  },
  {
    "number": "15",
    "heading": "Children Subject to Should be Placed for Adoption (SHOBPA) decisions as of 31 March 2023 (without Placement Order)",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Nine"
      }
    ]
  },
  {
    "number": "18",
    "heading": "Number of Children who had a SHOPBA during the period",
    "blocks": [
      {
        "kind": "table",
        "caption": "Table: Number of Children who had a SHOPBA during the period, by quarter",
        "columns": [
          {
            "heading": "Q1",
            "numeric": true
          },
          {
            "heading": "Q2",
            "numeric": true
          },
          {
            "heading": "Q3",
            "numeric": true
          },
          {
            "heading": "Q4",
            "numeric": true
          },
          {
            "heading": "Total",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": null,
            "cells": [
              "13",
              "6",
              "8",
              "7",
              "34"
            ]
          }
        ]
      }
    ]
  },
  {
    "number": "19",
    "heading": "The Numbers of Children with PO who had a Change of Plan (away from adoption) in the Period",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "9"
      }
    ]
  },
  {
    "number": "20",
    "heading": "Number of Children Placed for Adoption during the period",
    "blocks": [
      {
        "kind": "table",
        "caption": "Table: Number of Children Placed for Adoption during the period, by quarter",
        "columns": [
          {
            "heading": "Q1",
            "numeric": true
          },
          {
            "heading": "Q2",
            "numeric": true
          },
          {
            "heading": "Q3",
            "numeric": true
          },
          {
            "heading": "Q4",
            "numeric": true
          },
          {
            "heading": "Total",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": null,
            "cells": [
              "10",
              "8",
              "8",
              "15",
              "41"
            ]
          }
        ]
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_PLACED",
        "period": "2022-23",
        "caption": "Children placed for adoption, 2022-23"
      },
      {
        "kind": "paragraph",
        "text": "For those children placed, 24 were two years or younger, 10 were aged five and under and on a positive note, seven were aged six plus."
      },
      {
        "kind": "paragraph",
        "text": "There were 21 boys and 20 girls placed. 31 children were White British, one child is Indian, the remainder were mixed white and Black African or Caribbean and other mixed ethnic background."
      },
      {
        "kind": "paragraph",
        "text": "Walsall's percentage of children leaving care via adoption is 14% which is higher than the national average of 10%. This year's figure is also significantly than is the previous four years."
      }
    ]
  },
  {
    "heading": "Children Placed in Previous Years",
    "blocks": [
      {
        "kind": "figure",
        "indicator": "ADOPT_PLACED",
        "period": "2019-20",
        "caption": "Children Placed, Financial Year 19/20"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_PLACED",
        "period": "2020-21",
        "caption": "Children Placed, Financial Year 20/21"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_PLACED",
        "period": "2021-22",
        "caption": "Children Placed, Financial Year 20/22 (as printed: the year after 20/21, 2021-22)"
      }
    ]
  },
  {
    "number": "21",
    "heading": "Number of Children Adopted",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The number of children legally adopted by their adoptive parents in the 12-month period to 31 March 2023 was 24. In addition to these 24 children, three children were adopted by their foster carers (non-agency), therefore, in total 27 children were adopted. Whilst this is slightly lower than last years figure of 28, it is still higher than other previous years. The high number of children placed this year will result in a high number of adoptions next year."
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_ORDERS",
        "period": "2022-23",
        "caption": "Children adopted in the 12-month period to 31 March 2023"
      },
      {
        "kind": "paragraph",
        "text": "Number of children adopted in the three previous years is below:"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_ORDERS",
        "period": "2019-20",
        "caption": "Children Adopted, Financial Year 19/20"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_ORDERS",
        "period": "2020-21",
        "caption": "Children Adopted, Financial Year 20/21"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_ORDERS",
        "period": "2021-22",
        "caption": "Children Adopted, Financial Year 21/22"
      }
    ]
  },
  {
    "number": "22",
    "heading": "Adoption timeliness",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The national 3-year average scorecard indicators for timeliness of achieving adoption have not been published since 2020. These have been replaced by the ASGLB data that is published quarterly. End of year 2022-23 is not yet available. For comparison purposes, I will refer to 2021-22 timeliness and 2022-23 Q3 timeliness."
      },
      {
        "kind": "paragraph",
        "text": "For the end of 2021-22, ASGLB indicators were:"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_A2",
        "period": "2021-22",
        "area": "E92000001",
        "caption": "A2 time from placement order to matching decision, end of 2021-22 (ASGLB, England)"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_A10",
        "period": "2021-22",
        "area": "E92000001",
        "caption": "A10 time from entry to care to placement for adoption, end of 2021-22 (ASGLB, England)"
      },
      {
        "kind": "paragraph",
        "text": "For the end of Q3 2022-23, ASGLB indicators were:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "A2 time from placement order to matching decision 199 days",
          "A10 time from entry to care to placement for adoption 478 days"
        ]
      },
      {
        "kind": "paragraph",
        "text": "Walsall's current timeliness for 2022-23 indicators are as follows:"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_A2",
        "period": "2022-23",
        "caption": "A2 time from placement order to matching decision, Walsall 2022-23"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_A10",
        "period": "2022-23",
        "caption": "A10 time from entry to care to placement for adoption, Walsall 2022-23"
      },
      {
        "kind": "paragraph",
        "text": "A10 is lower than the national average, which is evidence of good case tracking and less delays for children."
      },
      {
        "kind": "paragraph",
        "text": "However, the rolling 12-month average for A10 for current children placed has increased over the last two years, this is likely to impact on A10 for next year."
      },
      {
        "kind": "paragraph",
        "text": "A2 is significantly less than the national average, again this is evidence of timely decision making for children."
      },
      {
        "kind": "paragraph",
        "text": "It is worth noting that the numbers of children leaving care nationally via adoption has reduced continuously since 2017."
      }
    ]
  },
  {
    "number": "23",
    "heading": "Early Permanency",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There were 11 Walsall children placed in early permanence placements via Foster for Adopt, the majority of whom were placed with internal adopters. Walsall placed significantly more children via Foster for Adopt than any other partner."
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_EARLY_PERMANENCE",
        "period": "2022-23",
        "caption": "Walsall children placed in early permanence placements via Foster for Adopt, 2022-23"
      }
    ]
  },
  {
    "number": "24",
    "heading": "Children's Family Finding Activity",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The tables below contain the total numbers of children placed by the service during the year 2022/23."
      },
      {
        "kind": "table",
        "caption": "Children placed 1 April 2022 to 31 March 2023",
        "columns": [
          {
            "heading": "LA/Trust",
            "numeric": false
          },
          {
            "heading": "Inhouse",
            "numeric": true
          },
          {
            "heading": "Interagency",
            "numeric": true
          },
          {
            "heading": "Total Placed",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": "Dudley",
            "cells": [
              "15",
              "1",
              "16"
            ]
          },
          {
            "header": "Sandwell",
            "cells": [
              "18",
              "7",
              "25"
            ]
          },
          {
            "header": "Walsall",
            "cells": [
              "20",
              "21",
              "41"
            ]
          },
          {
            "header": "Wolverhampton",
            "cells": [
              "7",
              "2",
              "9"
            ]
          },
          {
            "header": "Total",
            "cells": [
              "60",
              "31",
              "91"
            ]
          }
        ]
      },
      {
        "kind": "paragraph",
        "text": "Inter-agency usage for full year is 34%, thus 66% of children were placed in house."
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_INTERAGENCY",
        "period": "2022-23",
        "area": "E90000001",
        "caption": "Inter-agency usage for full year, Adoption@Heart"
      },
      {
        "kind": "paragraph",
        "text": "Whilst this is positive, the lower number of adopter approvals has meant there were less adopters available for placements in Q4 and more inter-agency placements were made in Q4 than any other quarter. To try and reduce the use of inter-agency placements, we are exploring potential matches for children waiting with families in assessment. However, the current trajectory is for there to be an increase in the use of inter-agency placements for 2023-24 to ensure that we can continue to place children in a timely way with approved adopters."
      },
      {
        "kind": "paragraph",
        "text": "The agreement to inter-agency placement searches is monitored and reviewed monthly by the management team, the meetings are chaired by the Head of Service. Should there be a need to expedite a search sooner than this, the Adoption@Heart Head of Service can agree. The increase in demand for FFA placements because of the launch of the MTC Early Permanence Best Practice Guide is meaning that we are not able to keep up with current demand and therefore seeking inter-agency FFA placements alongside other placements. The likely increased cost of this is also being monitored and reported to the Operations Group and Management Board."
      },
      {
        "kind": "table",
        "caption": "Children Placed Foster for Adopt",
        "columns": [
          {
            "heading": "LA/Trust",
            "numeric": false
          },
          {
            "heading": "FFA Inhouse",
            "numeric": true
          },
          {
            "heading": "FFA Interagency",
            "numeric": true
          },
          {
            "heading": "Total",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": "Dudley",
            "cells": [
              "4",
              "0",
              "4"
            ]
          },
          {
            "header": "Sandwell",
            "cells": [
              "4",
              "2",
              "6"
            ]
          },
          {
            "header": "Walsall",
            "cells": [
              "9",
              "2",
              "11"
            ]
          },
          {
            "header": "Wolverhampton",
            "cells": [
              "3",
              "0",
              "3"
            ]
          },
          {
            "header": "Total",
            "cells": [
              "20",
              "4",
              "24"
            ]
          }
        ]
      }
    ]
  },
  {
    "heading": "Analysis – Children Placed",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The number of children matched and placed with adoptive families in the full year is 91. This is less than the number placed in the previous year (103)."
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_PLACED",
        "period": "2022-23",
        "area": "E90000001",
        "caption": "Children matched and placed with adoptive families in the full year, Adoption@Heart"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_PLACED",
        "period": "2021-22",
        "area": "E90000001",
        "caption": "Children placed in the previous year, Adoption@Heart"
      },
      {
        "kind": "paragraph",
        "text": "34% of children placed by 31 March 2023 were placed inter-agency and this represents a slight improvement on the end of the previous year performance (38%)."
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_INTERAGENCY",
        "period": "2021-22",
        "area": "E90000001",
        "caption": "Children placed inter-agency, end of the previous year, Adoption@Heart"
      },
      {
        "kind": "paragraph",
        "text": "The spread of children placed/matched across the four partners is significantly different this year, with Walsall placing the most children and Wolverhampton significantly less, this is the opposite to last year when Wolverhampton placed the most and Walsall the least. Dudley and Sandwell both saw a drop in numbers."
      },
      {
        "kind": "paragraph",
        "text": "It is positive that 24 children have been placed via Foster for Adoption (32 in previous year) and that 80% of these were placed with in house adopters. Early Permanence practice is becoming become more embedded, despite this year's drop in numbers."
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_EARLY_PERMANENCE",
        "period": "2022-23",
        "area": "E90000001",
        "caption": "Children placed via Foster for Adoption, Adoption@Heart"
      },
      {
        "kind": "figure",
        "indicator": "ADOPT_EARLY_PERMANENCE",
        "period": "2021-22",
        "area": "E90000001",
        "caption": "Children placed via Foster for Adoption in the previous year, Adoption@Heart"
      },
      {
        "kind": "paragraph",
        "text": "Like the tracking of adoption assessments, the Head of Service also has strategic oversight of case tracking for family finding. This activity commenced only recently and sits alongside the tracking of inter-agency spend. Family finding audits are now also embedded so that key themes, from both a strengths-based perspective and an improvement perspective can be identified and fed back into the service and partner agencies."
      }
    ]
  },
  {
    "number": "25",
    "heading": "Adoption Support",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The team continues to provide all aspects of pre and post order adoption support on behalf of each of the three Local Authorities and Children's Trust and supports families pre and post order. The team commissions therapeutic services via applications to the Adoption Support Fund, Keep in Touch arrangements, access to records and birth parent support."
      },
      {
        "kind": "paragraph",
        "text": "It is recognised that early life adversity impacts children developmentally, emotionally, cognitively, and socially and requires therapeutic support for children to thrive. Adoption@Heart operates a graduated approach, offering universal access to an adoption training programme and support groups delivered by staff; enhanced support includes an assessment of need and parenting support, individually or in groups, and targeted support includes commissioning of specialist therapeutic intervention. We utilise the service of an Adoption Support Therapist employed by Adoption@Heart, as well as commissioning private and independent therapeutic services."
      },
      {
        "kind": "paragraph",
        "text": "The starting point for accessing the Adoption Support Service is an Assessment of Need. The team undertook the following number of these in the twelve-month period. This is an overall increase in the number of assessments of need, this is becoming a growing demand and continues to evidence the lifelong nature and complexity of adoption."
      },
      {
        "kind": "table",
        "caption": "Table: Assessments of Need the team undertook in the twelve-month period",
        "columns": [
          {
            "heading": "LA/Trust",
            "numeric": false
          },
          {
            "heading": "Assessments of need",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": "Dudley",
            "cells": [
              "79"
            ]
          },
          {
            "header": "Sandwell",
            "cells": [
              "45"
            ]
          },
          {
            "header": "Walsall",
            "cells": [
              "63"
            ]
          },
          {
            "header": "Wolverhampton",
            "cells": [
              "60"
            ]
          },
          {
            "header": "Total",
            "cells": [
              "247"
            ]
          }
        ]
      },
      {
        "kind": "paragraph",
        "text": "The Adoption Support Fund was established in 2015 by the Government to help adoptive families access support and settle into their new lives following adoption. The Government committed ongoing funding for the 2022-23 financial year in advance of the spending review settlement. There has been a marginal increase in the number of ASF applications which again evidences the need for on-going support within the adoption arena."
      },
      {
        "kind": "table",
        "caption": "ASF Applications completed in the year",
        "columns": [
          {
            "heading": "LA/Trust",
            "numeric": false
          },
          {
            "heading": "Applications",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": "Sandwell",
            "cells": [
              "35"
            ]
          },
          {
            "header": "Walsall",
            "cells": [
              "54"
            ]
          },
          {
            "header": "Dudley",
            "cells": [
              "70"
            ]
          },
          {
            "header": "Wolverhampton",
            "cells": [
              "75"
            ]
          },
          {
            "header": "Total",
            "cells": [
              "234"
            ]
          }
        ]
      }
    ]
  },
  {
    "heading": "Access to Records",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The provision of birth records counselling and access to information is of vital importance in enabling adopted adults to understand the circumstances of their adoption and enhance their sense of identity. The team supported the numbers of requests below within each area."
      },
      {
        "kind": "table",
        "caption": "Table: requests for access to records the team supported within each area",
        "columns": [
          {
            "heading": "LA/Trust",
            "numeric": false
          },
          {
            "heading": "Requests",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": "Dudley",
            "cells": [
              "19"
            ]
          },
          {
            "header": "Sandwell",
            "cells": [
              "12"
            ]
          },
          {
            "header": "Walsall",
            "cells": [
              "16"
            ]
          },
          {
            "header": "Wolverhampton",
            "cells": [
              "17"
            ]
          },
          {
            "header": "Total",
            "cells": [
              "64"
            ]
          }
        ]
      }
    ]
  },
  {
    "heading": "Birth Parent Support",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The team also provides support to birth parents affected by adoption and the following numbers were supported by the service in the twelve-month period."
      },
      {
        "kind": "table",
        "caption": "Table: birth parents supported by the service in the twelve-month period",
        "columns": [
          {
            "heading": "LA/Trust",
            "numeric": false
          },
          {
            "heading": "Birth parents supported",
            "numeric": true
          }
        ],
        "rows": [
          {
            "header": "Dudley",
            "cells": [
              "2"
            ]
          },
          {
            "header": "Sandwell",
            "cells": [
              "9"
            ]
          },
          {
            "header": "Walsall",
            "cells": [
              "10"
            ]
          },
          {
            "header": "Wolverhampton",
            "cells": [
              "3"
            ]
          },
          {
            "header": "Total",
            "cells": [
              "24"
            ]
          }
        ]
      }
    ]
  },
  {
    "heading": "Keep in Touch",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Adoption@Heart is responsible for Keep in Touch arrangements on behalf of City of Wolverhampton Council. There are three full-time Family Support Workers who are responsible for administering the service. They offer support to adoptive parents and birth relatives. There have been some considerable staff absences this year which has impacted on some aspects of service delivery. Due to staff absence within the team over the course of the past year, a breakdown of Keep in Touch exchanges by Local Authority/Children's Trust is not available. This will be rectified for the next annual report."
      }
    ]
  }
]$j$::jsonb,
     $j$[]$j$::jsonb,
     date '2023-06-08'),
    -- Corporate Parenting Board Municipal Year Report 2023/2024 (D 1-205)
    (dudley, 'municipal-year', 'Corporate Parenting Board Municipal Year Report 2023/2024', '2023-24', 'Catherine Driscoll, Director of Childrens Services',
     'Jesca Mupombi, Head of Through Care', 'The Corporate Parenting Board considered a number of areas, in respect of the experiences of the children in our care and care experienced young adults during the 2023/24 Municipal year.

This reports seeks to set out the impact of the work of the Board, and propose a plan for the forthcoming year 2024-25.

The Board is in receipt of the recommendations and actions through this past municipal year, which is not repeated in this summary report.',
     $j$[
  "Utilise this report to consider the impact of the Board in this reporting year, and to support the planning for the forthcoming year."
]$j$::jsonb,
     $j$[
  {
    "heading": "Purpose of the Children’s Corporate Parenting Board",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "All elected members, employees, and partner agencies have a collective responsibility as Corporate Parents to provide the best possible care and safeguard for the children who are looked after by Dudley council, as well as our care experienced young adults. The Children’s Corporate Parenting Board meets on a regular basis to consider matters which affect children and young people in care. This includes satisfying themselves that arrangements for the investigation of concerns about safety and welfare of children and young people in the care of the local authority are good."
      }
    ]
  },
  {
    "heading": "Board Members",
    "blocks": [
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Cllr Ruth Buttery – Lead Member (Chair)",
          "Cllr Sue Ridney – Coseley East (Vice Chair)",
          "Cllr Cathy Bayton – St James Ward",
          "Cllr Hilary Bills – Halesowen North",
          "Cllr Luke Johnson – Kingswinford South",
          "Cllr Peter Lee - Amblecote",
          "Cllr Kerry Lewis - Wordsley",
          "Cllr David Stanley – Lower Gornal",
          "Cllr Shaun Keasey - Sedgley",
          "Cllr Elaine Taylor – Netherton, Woodside and St Andrews",
          "Cllr Mark Westwood – Upper Gornal and Woodsetton"
        ]
      }
    ]
  },
  {
    "heading": "Areas of Focus and impact",
    "blocks": []
  },
  {
    "heading": "Achieving Permanence",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The Corporate Parenting Board has continued to monitor performance indicators through regular reports, with a particular focus on the impact on the progress of children in our care and a focus on achieving permanence."
      },
      {
        "kind": "paragraph",
        "text": "Whilst the Corporate Parenting Board has received specific annual reports in respect of key permanence outcomes – for example Annual Adoption Report or the Annual Fostering report, the Board helpfully brought focus to their understanding of permanency for our children in care in the broader context. The Board meeting of 18th April will see the first 'Permanency' report presented, and we anticipate that this will be a regular focus moving forward."
      },
      {
        "kind": "paragraph",
        "text": "The impact of the Special Guardianship and Adoption No Detriment policy, which was approved in December 2020, has continued to be positive. In the two years prior to this approval, 12 children achieved permanency through these arrangements. In the 3 reporting years since that time (April 2021 – March 2024), 82 children have been able to be permanently cared for through such an arrangement."
      },
      {
        "kind": "figure",
        "indicator": "PERMANENCE_SGO_ADOPT_3Y",
        "period": "2021-24",
        "caption": "Children permanently cared for through Special Guardianship and Adoption arrangements, April 2021 – March 2024"
      }
    ]
  },
  {
    "heading": "Health of our children in care and care experienced young adults",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Timeliness of initial health assessments of children coming into care, has continued to be a regular standard discussion item at each working group, to ensure that rigour is evidenced and that our children's health is prioritised."
      },
      {
        "kind": "paragraph",
        "text": "Some Initial Health Care Assessments had been delayed due to late notification, however that percentage of delay had now reduced to 18%. Work is continuing to reduce delays through regular monitoring and this is improving as a result."
      },
      {
        "kind": "figure",
        "indicator": "IHA_DELAYED",
        "period": "2023-24",
        "caption": "Initial Health Care Assessments delayed"
      }
    ]
  },
  {
    "heading": "Impact",
    "blocks": [
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Performance on annual health assessments continues to improve and to be above target (February 2024, 93% with up to date health assessments).",
          "In terms of care experienced young adults, there is a renewed focus to ensure that health passports are available to every care experienced young adult at age 18 or when they have lost the original copy. In addition to this, an App has been developed to ensure that young people are aware of all the health services within Dudley and how to access them.",
          "The Integrated Care Board (IBC) had signed up to the Care Leavers Covenant and plans were in place to support care experienced young adults working within the NHS in the Black Country, this include looking at apprenticeships and how that would work.",
          "Care experienced young adults up to the age of 25 are now eligible for free prescriptions. This was launched in April 2023. Further work is being conducted to promote free prescriptions."
        ]
      },
      {
        "kind": "figure",
        "indicator": "HLTH_ASSESS_UP_TO_DATE",
        "period": "2024-02-29",
        "caption": "Children in care with up to date health assessments, February 2024"
      }
    ]
  },
  {
    "heading": "Pocket Money Savings for Children and Young People in Care",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "In 2022/23, the Board supported a review of the children's pocket money and savings be undertaken. Consequent to this, it was identified that whilst children's pocket money was deemed to be pitched at the right level, the arrangements and levels for children's savings would benefit from review."
      },
      {
        "kind": "paragraph",
        "text": "Subsequently, proposals to increase as well as manage children's savings was presented to the Board on 7th December 2023. The Board noted the proposal, and recognised that resolution would be taken through budget setting across the authority. This was successfully completed, and the new savings are effective from April 2024."
      }
    ]
  },
  {
    "heading": "Impact",
    "blocks": [
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "The increase in children's savings will bring our children in care at par with children in other local authorities.",
          "The arrangement to manage children's savings centrally will enable consistency and rigour, particularly for children where they have moved to a different home. It has been well received by our carers."
        ]
      }
    ]
  },
  {
    "heading": "Children's Leisure membership",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "In January 2023, Public Health had funded leisure passes for children in care. As a result of the robust monitoring of the children's health and the importance of exercise in their lives, the Board has successfully facilitated the provision of leisure passes to children in care and their carers. The matter was tabled on 5th October 2023."
      },
      {
        "kind": "paragraph",
        "text": "The most popular activities during 2023 included free swimming and lifestyle gym, which has been taken up by children, young people and their carers."
      },
      {
        "kind": "paragraph",
        "text": "In addition, there have been training opportunities made available for National Pool Lifeguard Qualification, with the potential then for employment in our local leisure centres. Again, this is positive impact for young people in our care, and reflects the dedicated attention of the council, members and community."
      }
    ]
  },
  {
    "heading": "Education of our children in care and care experienced young adults",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The Corporate Parenting Board has a responsibility to promote the educational achievements of children in care as well as care experienced young adults. To this end, members considered;"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "The Virtual School Annual Report 2022/23",
          "Dudley Virtual School Post 16 Programme including Smashlife"
        ]
      },
      {
        "kind": "paragraph",
        "text": "The Post 16 education programme, including the Virtual School integrating with the Department for Education (DfE) Pilot Project with the existing offer to inform future developments has included;"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Launch of a programme for learning, training and employment pathways for all 16- and 17-year-old children in care; the impact of this programme has ensured that individual young people are supported through a range of enhanced development offers.",
          "The Smashlife programme which was launched in 2023 engaged 35+ young people initially to enable learning across the whole system with several key strands emerging with young people requiring the right skills to become independent. This has been rolled out across Dudley."
        ]
      },
      {
        "kind": "figure",
        "indicator": "SMASHLIFE_ENGAGED",
        "period": "2023-24",
        "caption": "Young people the Smashlife programme engaged initially"
      },
      {
        "kind": "paragraph",
        "text": "The Virtual School had worked with both Dudley and Halesowen Colleges in January 2023 to launch a programme for learning, training and employment pathways for all Post 16 children in care. The programme ensured that each individual was supported by, subject to need, a range of enhanced development offers."
      },
      {
        "kind": "paragraph",
        "text": "The 'I want to be' event led by our Virtual School and supporting young people with their career choices held in 2023 was well received. Corporate Parenting board received a report, and in discussion was supportive of the expansion of this approach. The event scheduled this year is for 9th July, and has dedicated spaces for all secondary schools as well as our two key colleges, Dudley and Halesowen. The Board has wanted to ensure good contribution from member colleagues who may have skills or business leads that are well placed to support the event, as well of course as encouraging directorates across the council in their participation."
      }
    ]
  },
  {
    "heading": "Emotional Wellbeing and therapeutic support to the children in care, care experienced young adults and carers",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Mental health and wellbeing was a key concern for young people, as reported to the Corporate Parenting Board, and has been under review and scrutiny throughout 2021/22, 2022/23. To respond to this concern, Members requested information and assurances that children in care who are at higher risk of experiencing poor emotional well-being than children living at home with their parents, receive responsive care."
      },
      {
        "kind": "paragraph",
        "text": "In July 2023 Dudley implemented the Family Safeguarding model, which was a whole family, strength-based approach to child protection; this had created multi-disciplinary teams who were co-located, learning from other local authorities. Dudley's approach is to implement key elements of the integrated service delivery across all safeguarding and support teams."
      },
      {
        "kind": "paragraph",
        "text": "It was also identified that it would be a good opportunity to adopt those principles across other teams, including Emotional Wellbeing arrangements for our children in care. The Board was supportive of the work to update our joint offer with health for our children in care and care experienced young adults."
      },
      {
        "kind": "paragraph",
        "text": "As a result of this work, the emotional health and wellbeing service is now established jointly across health and social care, and embedded as part our Through Care arrangements. The impact of this development means that we are better able to support our young adults; have a more integrated arrangement directly with the social work teams; the reach into our fostering service delivers a more focussed approach to placement stability; we are not working only to geographical boundaries previously in place, but the team can consider how best to support children at distance."
      }
    ]
  },
  {
    "heading": "Fostering and Permanency",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Fostering Annual Report 2023/24, presented to the Board on 7th December 2023, highlighted that Dudley Fostering Service has faced a number of challenges over the past few years. During the last two years it has quite rightly re-focused on compliance with the fostering regulations, as not to do so would mean we were not fulfilling our duty of care to our foster carers and to the children they foster. This has led to positive changes in staffing resulting in the right support provided to foster carers with the following strengths;"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "A strong cohort of long-standing foster carers at its core, who have now formed a foster carer association to work in partnership with the local authority.",
          "A fully staffed and enthusiastic fostering service who are constantly reviewing and developing practice in order to better supervise and support foster carers so that they can meet the needs of our children.",
          "Supportive senior managers who understand the importance and complexity of developing a strong and sustainable in-house fostering service."
        ]
      },
      {
        "kind": "paragraph",
        "text": "We have subsequently been successful in our application for the Fosterlink programme, exploring ways to further enhance our recruitment."
      }
    ]
  },
  {
    "heading": "Experiences of Care Experienced Young Adults",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "In October 2023, it was a privilege to be with our care experienced young adults at the launch event for their new drop in facility. This has continued to be a well used resource, embedded into the community. The tenacity and oversight of the Corporate Parenting Board has been valuable in achieving this outcome."
      },
      {
        "kind": "paragraph",
        "text": "The impact of the dedicated young person advisor role for homelessness prevention has been positive, and the board has received a report specifically detailing this impact. The reshape of the Care Experienced service identifies a lead role across homelessness going forward, and the increasingly close working relationship with housing team."
      },
      {
        "kind": "paragraph",
        "text": "Across the region, we have been active in the development of the Care Leaver Board, and which seeks to bring a consistent and high quality offer to young people in our region."
      },
      {
        "kind": "paragraph",
        "text": "The Corporate Parenting Board has supported the wider work across Dudley Metropolitan Borough Council to recognise Care Experience as a protected characteristic. In December 2023, this matter was presented – alongside our young people – at Council and approved. This is a real and tangible benefit for our young people, and recognises the impact of focussed and dedicated attention."
      }
    ]
  },
  {
    "heading": "Planning for 2023/24",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Items for the Annual Children's Corporate Parenting Board Committee Programme:"
      },
      {
        "kind": "list",
        "ordered": true,
        "items": [
          "Dudley Virtual School Annual report",
          "Fostering and Permanency Service Annual Report",
          "Annual report from Adoption@Heart, our Regional Adoption Agency",
          "Annual report from Independent Reviewing Officers",
          "Report on the outcomes of the Ofsted Inspections and the Regulation Independent Visitor inspections in respect of the Children Home (England) regulations 2015",
          "Annual Health Report for children and young people in care",
          "Annual update from our Children in Care service",
          "Annual update from our Care Experienced service"
        ]
      },
      {
        "kind": "paragraph",
        "text": "Proposed inclusion for consideration:"
      },
      {
        "kind": "list",
        "ordered": false,
        "items": [
          "Review of the Corporate Parenting Strategy",
          "Delivery of Total Respect Training for the new members of Corporate Parenting Board",
          "Opportunity to consider next steps for inclusion of young people with the Corporate Parenting Board"
        ]
      }
    ]
  },
  {
    "heading": "Finance",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There are no direct financial implications arising from this report."
      }
    ]
  },
  {
    "heading": "Law",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There are no direct legal implications arising from the report."
      }
    ]
  },
  {
    "heading": "Risk Management",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There are no risks directly arising from the report."
      }
    ]
  },
  {
    "heading": "Equality Impact",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The Municipal report recognises issues of equality for children who are in our care, care experienced young adults and their rights to be supported to have better experiences and outcomes"
      }
    ]
  },
  {
    "heading": "Human Resources/Organisational Development",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There are no human resources implications arising from this report."
      }
    ]
  },
  {
    "heading": "Commercial/Procurement",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "There is no impact to trade or procurement arising from this report."
      }
    ]
  },
  {
    "heading": "Council Priorities",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "The contents of the report relate to the key council priorities outlined within the Children's Services directorate plan."
      }
    ]
  }
]$j$::jsonb,
     $j$[]$j$::jsonb,
     date '2024-04-18')
) as s(authority, type, title, period_covered, author, contact_officer, executive_summary, recommendations, sections,
       child_friendly_summary, published_on)
loop
    published := seed.published_on::timestamp at time zone 'Europe/London';
    found_id := null;
    select id into found_id from report where authority_code = seed.authority and title = seed.title;
    if found_id is null then
        insert into report (authority_code, type, title, period_covered, author, contact_officer, executive_summary,
                            recommendations, body, visibility, exempt_paragraph, status, document_version,
                            published_at, sections, child_friendly_summary, created_by, updated_by, created_at,
                            updated_at)
        values (seed.authority, seed.type, seed.title, seed.period_covered, seed.author, seed.contact_officer,
                seed.executive_summary, seed.recommendations, null, 'public', null, 'published', 1, published,
                seed.sections, seed.child_friendly_summary, 'demo data', 'demo data', published, published);
    else
        update report
        set type = seed.type, period_covered = seed.period_covered, author = seed.author,
            contact_officer = seed.contact_officer, executive_summary = seed.executive_summary,
            recommendations = seed.recommendations, sections = seed.sections,
            child_friendly_summary = seed.child_friendly_summary, published_at = published, version = version + 1,
            updated_at = now()
        where id = found_id and created_by = 'demo data' and updated_by = 'demo data' and status = 'published'
          and document_version = 1
          and (type, period_covered, author, contact_officer, executive_summary, recommendations, sections,
               child_friendly_summary, published_at)
              is distinct from (seed.type, seed.period_covered, seed.author, seed.contact_officer,
                                seed.executive_summary, seed.recommendations, seed.sections,
                                seed.child_friendly_summary, published);
    end if;
end loop;

-- Version 1 of each, as published: the row's content in the contract's ReportContent shape.
insert into report_version (report_id, number, content, reason, published_at, published_by)
select r.id, 1,
       jsonb_build_object('number', 1, 'authority', r.authority_code, 'type', r.type, 'title', r.title,
           'periodCovered', r.period_covered, 'author', r.author, 'contactOfficer', r.contact_officer,
           'executiveSummary', r.executive_summary, 'recommendations', r.recommendations, 'body', r.body,
           'sections', r.sections, 'childFriendlySummary', r.child_friendly_summary, 'visibility', r.visibility,
           'exemptParagraph', r.exempt_paragraph),
       null, r.published_at, 'demo data'
from report r
where r.created_by = 'demo data' and r.updated_by = 'demo data' and r.status = 'published' and r.document_version = 1
on conflict (report_id, number) do update set content = excluded.content, published_at = excluded.published_at
where report_version.published_by = 'demo data'
  and (report_version.content, report_version.published_at)
      is distinct from (excluded.content, excluded.published_at);

-- The papers "(Enclosed)" at items 6 to 9 of 13 November 2023 are these reports. Dudley's report is left unlinked:
-- its only paper at a meeting, 18 April 2024 item 1, is the "Permanency" report it announces, a different paper.
update agenda_paper p
set report_id = r.id
from (values
    (6, 'Update on action plan created by Young People'),
    (7, 'Corporate Parenting Strategy 2022-2025'),
    (8, 'Fostering Service Annual Report 2022-2023'),
    (9, 'Adoption Service Report 2022-2023')
) as l(item, title)
join board b on b.authority_code = walsall and b.name = 'Corporate Parenting Board'
join meeting m on m.board_id = b.id and m.meeting_date = date '2023-11-13'
join agenda_item i on i.meeting_id = m.id and i.number = l.item
join report r on r.authority_code = walsall and r.title = l.title
where p.agenda_item_id = i.id and p.report_id is null;
end
$demo$;
